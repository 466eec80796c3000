import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { Account, Person } from '../model/people';
import type { FieldChange } from '../model/sales';
import type { FindingCollector } from '../quality/quality-finding';
import { type FieldHistory, fieldHistory } from './field-history';
import { keptById, keptRecords } from './kept-records';
import type { LifecycleRules, StageEntity } from './options';
import type { LifecycleQualityCode } from './quality-codes';
import { stageDateIndex } from './stage-date-index';

/** A record that has stages. */
export type StagedRecord = Person | Account | Deal;

/**
 * Every kept record's visits (entries into a stage) in flat arrays: the visits of record `r`
 * are `start[r]` to `start[r + 1]`, in time order (ties: earlier stage first). `stage` is the
 * index in the stage list, or -1 for a stage outside it. Flat arrays keep a million-row
 * history free of per-visit objects.
 */
export interface VisitTable {
  /** Records not deleted by `asOf`, in dataset order (the dataset's own array when none is). */
  records: readonly StagedRecord[];
  /** The kept record with an id (the last one when ids repeat), or undefined. */
  byId: (id: string) => StagedRecord | undefined;
  start: Int32Array;
  stage: Int16Array;
  at: Float64Array;
  /** 1 when the visit comes from `stageDates`, 0 from the history. */
  fromStageDate: Uint8Array;
  /** 1 when the record has moves after `asOf` (its current field may be newer than `asOf`). */
  movedLater: Uint8Array;
}

const SECOND = 1000;

/**
 * The stage-date rule: a stage date adds a visit when the history has no entry into that
 * stage, or when it is at least a second earlier than the history's first entry (the
 * history started later). `firstHistory` is `Infinity` when there is none.
 */
export function stageDateAddsVisit(at: number, firstHistory: number): boolean {
  return at <= firstHistory - SECOND;
}

/** The records of an entity kind. */
function recordsOf(dataset: Dataset, entity: StageEntity): readonly StagedRecord[] {
  return entity === 'person'
    ? dataset.people
    : entity === 'account'
      ? dataset.accounts
      : dataset.deals;
}

/** The stage the record is in now, as its own field says. */
export function currentStageField(record: StagedRecord, entity: StageEntity): string | null {
  return entity === 'deal' ? (record as Deal).stageId : (record as Person | Account).lifecycleStage;
}

/**
 * Gathers every record's visits from the history (changes of `rules.field` on `rules.entity`)
 * and, for people, `stageDates` (see `STAGE_SOURCE_RULES`), each record's in time order. Records
 * deleted by `asOf` are left out and reported; so are changes naming no record of the entity.
 * Reads the dataset's shared history and stage-date indexes, so a call costs a pass over
 * the records and their own visits, not over every change.
 */
export function collectVisits(
  dataset: Dataset,
  rules: LifecycleRules,
  findings: FindingCollector<LifecycleQualityCode>,
): VisitTable {
  const n = rules.stages.length;
  const { asOfMs } = rules;
  const stageIndex = new Map(rules.stages.map((s, i) => [s.id, i]));
  const all = recordsOf(dataset, rules.entity);
  const kept = keptRecords(all, asOfMs, findings);
  const { records, position } = kept;

  const history =
    rules.sources === 'stage-dates'
      ? null
      : fieldHistory(dataset.changes, rules.entity, rules.field, all);
  const historyOf = new Int32Array(records.length).fill(-1);
  if (history !== null) {
    for (const k of history.orphans) {
      findings.add('change_without_record', (dataset.changes[k] as FieldChange).id);
    }
    claimHistories(history, position, historyOf);
  }
  const dates =
    rules.entity === 'person' && rules.sources !== 'history'
      ? stageDateIndex(dataset.people)
      : null;
  const stageOf = (id: string) => stageIndex.get(id) ?? -1;
  const stageOfValue = Int16Array.from(history?.values ?? [], stageOf);
  const stageOfDate = Int16Array.from(dates?.stages ?? [], stageOf);

  const capacity = (history?.change.length ?? 0) + (dates?.at.length ?? 0);
  const start = new Int32Array(records.length + 1);
  const stage = new Int16Array(capacity);
  const at = new Float64Array(capacity);
  const fromStageDate = new Uint8Array(capacity);
  const movedLater = new Uint8Array(records.length);
  // Each stage's first history entry of the record at hand (Infinity when none).
  const firstSeen = new Float64Array(n);
  let k = 0;
  for (let r = 0; r < records.length; r++) {
    firstSeen.fill(Number.POSITIVE_INFINITY);
    const g = historyOf[r] as number;
    if (history !== null && g >= 0) {
      for (let j = history.start[g] as number; j < (history.start[g + 1] as number); j++) {
        const t = history.at[j] as number;
        if (t > asOfMs) {
          movedLater[r] = 1;
          continue;
        }
        const code = history.to[j] as number;
        const s = code < 0 ? -1 : (stageOfValue[code] as number);
        stage[k] = s;
        at[k++] = t;
        if (s >= 0 && t < (firstSeen[s] as number)) firstSeen[s] = t;
      }
    }
    if (dates !== null) {
      const p = position[r] as number;
      let disagrees = false;
      for (let d = dates.start[p] as number; d < (dates.start[p + 1] as number); d++) {
        const s = stageOfDate[dates.stage[d] as number] as number;
        if (s < 0) continue;
        const t = dates.at[d] as number;
        if (t > asOfMs) {
          movedLater[r] = 1;
          continue;
        }
        const first = firstSeen[s] as number;
        if (first !== Number.POSITIVE_INFINITY && Math.abs(first - t) >= SECOND) disagrees = true;
        if (stageDateAddsVisit(t, first)) {
          stage[k] = s;
          at[k] = t;
          fromStageDate[k++] = 1;
        }
      }
      if (disagrees) findings.add('stage_dates_disagree', (records[r] as StagedRecord).id);
    }
    sortRange(stage, at, fromStageDate, start[r] as number, k);
    start[r + 1] = k;
  }
  return {
    records,
    byId: keptById(all, kept),
    movedLater,
    start,
    stage: stage.subarray(0, k),
    at: at.subarray(0, k),
    fromStageDate: fromStageDate.subarray(0, k),
  };
}

/**
 * The history group of each kept record. Two kept records with one id: the history goes to
 * the last, as an index by id would have it.
 */
function claimHistories(history: FieldHistory, position: Int32Array, historyOf: Int32Array): void {
  const claimed = new Uint8Array(history.start.length - 1);
  for (let r = position.length - 1; r >= 0; r--) {
    const g = history.recordGroup(position[r] as number);
    if (claimed[g] === 0) {
      claimed[g] = 1;
      historyOf[r] = g;
    }
  }
}

/** Insertion sort of one record's visits (a handful each) by time, then stage. */
function sortRange(
  stage: Int16Array,
  at: Float64Array,
  fromStageDate: Uint8Array,
  from: number,
  to: number,
): void {
  for (let i = from + 1; i < to; i++) {
    const s = stage[i] as number;
    const t = at[i] as number;
    const f = fromStageDate[i] as number;
    let j = i - 1;
    while (
      j >= from &&
      ((at[j] as number) > t || ((at[j] as number) === t && (stage[j] as number) > s))
    ) {
      stage[j + 1] = stage[j] as number;
      at[j + 1] = at[j] as number;
      fromStageDate[j + 1] = fromStageDate[j] as number;
      j--;
    }
    stage[j + 1] = s;
    at[j + 1] = t;
    fromStageDate[j + 1] = f;
  }
}
