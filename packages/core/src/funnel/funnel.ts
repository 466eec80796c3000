import { buildStageTimelines } from '../lifecycle/build-stage-timelines';
import {
  BACKWARD_MOVE_RULES,
  lifecycleRules,
  SKIPPED_STAGE_RULES,
  STAGE_SOURCE_RULES,
} from '../lifecycle/options';
import type { StagedRecord } from '../lifecycle/visits';
import type { Dataset } from '../model/dataset';
import type { Person } from '../model/people';
import { parseOptions } from '../options/parse-options';
import { FindingCollector } from '../quality/quality-finding';
import { countingRule, funnelFormulas } from './formulas';
import { FUNNEL_SPLIT_RULES, splitKeys, splitLabel } from './group-keys';
import { type FunnelOptions, FunnelOptionsSchema } from './options';
import { FUNNEL_FINDING_MESSAGES, type FunnelQualityCode } from './quality-codes';
import { addTally, newTally, type SliceTally, tallyRecord } from './slice-tally';
import { stageRows } from './stage-rows';
import type { FunnelResult } from './types';
import { pipelineVelocity } from './velocity-slices';
import { dateWindow } from './window';

/**
 * A funnel over configurable stages (default lead → MQL → SAL → SQL → opportunity → won),
 * counted by an explicitly chosen method, optionally split, with every rule in the result.
 *
 * - **Counting** (`method`): `cohort` follows the records that entered the first
 *   stage between `period.start` and `period.end` (dates in `timeZone`, both included) and
 *   counts, per stage, those that reached it by `asOf`; `period` counts, per stage, the
 *   records that entered it in the period. Entry times, skipped stages and backward moves
 *   follow `stageEntries` (`sources`, `skipped`: infer | exclude, `backward`: keep-first |
 *   last-pass). Under the cohort method with `skipped: 'infer'` counts never increase down
 *   the stages.
 * - **Conversion**: stage-to-stage (cohort: records at both stages ÷ records at the
 *   previous; period: count ÷ previous count) and from start (count ÷ first count).
 * - **Time in stage** (stage velocity): days from entry to the first later stage reached,
 *   median and P90 over records that advanced; records still in the stage at `asOf` are
 *   censored and reported apart with their age; moved-back and inferred entries add no time.
 * - **Pipeline velocity**: (deals open at `asOf` × win rate × average open deal size) ÷
 *   average cycle days, win rate and cycle over deals closed in `velocity.lookbackDays`.
 * - **Split** (`by`): campaign, channel, segment or owner (see `FUNNEL_SPLIT_RULES`); each group is
 *   a full funnel, and pipeline velocity splits deals by the same key.
 *
 * @throws {OptionsError} for unknown or malformed options, a missing `asOf`, `method` or
 * `period`, or deals in several currencies without `reportingCurrency`.
 * @throws {MissingExchangeRateError} when a deal's currency has no rate into that currency.
 */
export function funnel(dataset: Dataset, options: FunnelOptions): FunnelResult {
  const o = parseOptions('funnel', FunnelOptionsSchema, options);
  const rules = lifecycleRules(o, o.asOf);
  const window = dateWindow(o.period.start, o.period.end, o.timeZone);
  const findings = new FindingCollector<FunnelQualityCode>(FUNNEL_FINDING_MESSAGES);
  const { timelines, quality } = buildStageTimelines(dataset, rules);
  const n = rules.stages.length;
  // A person funnel's visits already find every kept person by id: reuse them.
  const { byId } = timelines.visits;
  const personById =
    rules.entity === 'person' ? (id: string) => byId(id) as Person | undefined : null;
  const keys = o.by === null ? null : splitKeys(dataset, o.by, o.attribution, personById);

  const overall = newTally(n);
  const groups = new Map<string | null, SliceTally>();
  const keyOf = keys?.record(rules.entity);
  const counted = new Uint8Array(n);
  // A split tallies each record into its group alone and adds the groups up after: half
  // the work per record. One tally list, reused for every record; a new group's tally is
  // the spare one, which a record that no stage counts leaves untouched for the next.
  const slice = [overall];
  let spare = newTally(n);
  const { records } = timelines.visits;
  for (let r = 0; r < records.length; r++) {
    if (keyOf === undefined) {
      tallyRecord(timelines, r, o.method, window, slice, counted);
      continue;
    }
    const record = records[r] as StagedRecord;
    const key = keyOf(record);
    const group = groups.get(key);
    slice[0] = group ?? spare;
    if (!tallyRecord(timelines, r, o.method, window, slice, counted)) continue;
    if (group === undefined) {
      groups.set(key, spare);
      spare = newTally(n);
    }
    if (key === null) findings.add('split_key_missing', record.id);
  }
  for (const group of groups.values()) addTally(overall, group);

  const velocity = pipelineVelocity(dataset, o, rules.asOfMs, keys?.deal, findings);
  const label = o.by === null ? null : splitLabel(dataset, o.by);
  const velocityOfKey = (key: string | null) => velocity?.of(velocity.groups.get(key)) ?? null;
  const groupRows = [...groups]
    .map(([key, tally]) => ({
      key,
      label: label?.(key) ?? '',
      stages: stageRows(rules.stages, tally, o.method),
      pipelineVelocity: velocityOfKey(key),
    }))
    .sort(
      (a, b) =>
        (b.stages[0]?.count ?? 0) - (a.stages[0]?.count ?? 0) || a.label.localeCompare(b.label),
    );

  return {
    entity: rules.entity,
    field: rules.field,
    method: o.method,
    period: {
      start: window.start,
      end: window.end,
      timeZone: window.timeZone,
      startsAt: new Date(window.startMs).toISOString(),
      endsAt: new Date(window.endMs).toISOString(),
    },
    asOf: o.asOf,
    stages: rules.stages,
    rules: {
      skipped: rules.skipped,
      backward: rules.backward,
      sources: rules.sources,
      text: {
        counting: countingRule(o.method, rules.stages[0]?.label ?? '', window, o.asOf),
        skipped: SKIPPED_STAGE_RULES[rules.skipped],
        backward: BACKWARD_MOVE_RULES[rules.backward],
        sources: STAGE_SOURCE_RULES[rules.sources],
        split: o.by === null ? null : FUNNEL_SPLIT_RULES[o.by],
      },
    },
    formulas: funnelFormulas(o.method),
    overall: {
      stages: stageRows(rules.stages, overall, o.method),
      pipelineVelocity: velocity?.of(velocity.overall) ?? null,
    },
    by: o.by,
    groups: groupRows,
    exchangeRatesUsed: velocity?.settings.ratesUsed ?? {},
    quality: [...quality, ...findings.list()],
  };
}
