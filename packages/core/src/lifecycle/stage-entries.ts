import type { Dataset } from '../model/dataset';
import { parseOptions } from '../options/parse-options';
import { buildStageTimelines } from './build-stage-timelines';
import {
  BACKWARD_MOVE_RULES,
  lifecycleRules,
  SKIPPED_STAGE_RULES,
  STAGE_SOURCE_RULES,
  type StageEntriesOptions,
  StageEntriesOptionsSchema,
} from './options';
import { BASIS_NAMES, type StageTimelines } from './stage-timelines';
import type { RecordStageEntries, StageEntriesResult } from './types';

/**
 * When each record entered each configured stage.
 *
 * - **Sources.** Visits come from the field history (`changes` of `lifecycleStage` for people
 *   and accounts, `dealStage` for deals) and, for people, `stageDates`: a stage date earlier
 *   than the history's first entry of that stage adds an earlier visit, a stage date with no
 *   history adds the only one (`sources` picks one source instead). Moves after `asOf` are
 *   ignored. Ties at one instant are ordered earlier stage first, so results never depend on
 *   record order.
 * - **Backward moves** (`backward`): `keep-first` (default) — each stage counts once, at its
 *   first visit; `last-pass` — a move back restarts the record at that stage, so stages from
 *   there on count only from the last backward move.
 * - **Skipped stages** (`skipped`): `infer` (default) — a stage below a reached one counts
 *   as reached at the moment the next later stage was reached (`basis: 'inferred'`);
 *   `exclude` — it stays unreached.
 * - **Quality.** Regressions, skips, inverted times, stage dates that disagree with the
 *   history, a current stage with no entry time, deleted records and orphan changes are
 *   reported with ids, never dropped silently.
 *
 * @throws {OptionsError} for unknown options or values.
 */
export function stageEntries(dataset: Dataset, options: StageEntriesOptions): StageEntriesResult {
  const parsed = parseOptions('stageEntries', StageEntriesOptionsSchema, options);
  const rules = lifecycleRules(parsed, parsed.asOf);
  const { timelines, quality } = buildStageTimelines(dataset, rules);
  return {
    entity: rules.entity,
    field: rules.field,
    stages: rules.stages,
    asOf: parsed.asOf ?? null,
    rules: {
      sources: rules.sources,
      skipped: rules.skipped,
      backward: rules.backward,
      text: {
        sources: STAGE_SOURCE_RULES[rules.sources],
        skipped: SKIPPED_STAGE_RULES[rules.skipped],
        backward: BACKWARD_MOVE_RULES[rules.backward],
      },
    },
    records: timelines.visits.records.map((record, r) => recordEntries(timelines, record.id, r)),
    quality,
  };
}

function recordEntries(t: StageTimelines, id: string, r: number): RecordStageEntries {
  const ids = t.rules.stages.map((s) => s.id);
  const n = ids.length;
  const { start, stage, at, fromStageDate } = t.visits;
  const visits: RecordStageEntries['visits'] = [];
  for (let k = start[r] as number; k < (start[r + 1] as number); k++) {
    visits.push({
      stage: ids[stage[k] as number] ?? null,
      atMs: at[k] as number,
      basis: fromStageDate[k] === 1 ? 'stage-date' : 'history',
    });
  }
  const entered = Array.from(t.entered.subarray(r * n, (r + 1) * n));
  return {
    id,
    enteredAtMs: entered.map((ms) => (Number.isNaN(ms) ? null : ms)),
    basis: Array.from(t.basis.subarray(r * n, (r + 1) * n), (b) => BASIS_NAMES[b] ?? null),
    visits,
    backwardMoves: t.backwardMoves[r] as number,
    currentStage: ids[t.current[r] as number] ?? null,
  };
}
