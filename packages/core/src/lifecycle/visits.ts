import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { Account, Person } from '../model/people';
import type { LifecycleRules, StageEntity } from './options';
import type { FindingCollector } from './quality';
import type { LifecycleQualityCode } from './quality-codes';

/** A record that has stages. */
export type StagedRecord = Person | Account | Deal;

/**
 * Every kept record's visits (entries into a stage) in flat arrays: the visits of record `r`
 * are `start[r]` to `start[r + 1]`, in time order (ties: earlier stage first). `stage` is the
 * index in the stage list, or -1 for a stage outside it. Flat arrays keep a million-row
 * history free of per-visit objects.
 */
export interface VisitTable {
  /** Records not deleted by `asOf`, in dataset order. */
  records: StagedRecord[];
  /** Each kept record's index in `records`, by id (reusable as an id index). */
  indexOf: ReadonlyMap<string, number>;
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

/** Visits in the order found, before grouping by record. */
interface Raw {
  record: number[];
  stage: number[];
  at: number[];
  fromStageDate: number[];
}

/**
 * Gathers every record's visits from the history (changes of `rules.field` on `rules.entity`)
 * and, for people, `stageDates` (see `SOURCE_RULES`). Records deleted by `asOf` are left out
 * and reported; so are changes naming no record of the entity.
 */
export function collectVisits(
  dataset: Dataset,
  rules: LifecycleRules,
  findings: FindingCollector<LifecycleQualityCode>,
): VisitTable {
  const n = rules.stages.length;
  const stageIndex = new Map(rules.stages.map((s, i) => [s.id, i]));
  const indexOf = new Map<string, number>();
  const deleted = new Set<string>();
  const records: StagedRecord[] = [];
  for (const record of recordsOf(dataset, rules.entity)) {
    if (record.deletedAt !== null && Date.parse(record.deletedAt) <= rules.asOfMs) {
      findings.add('record_deleted', record.id);
      deleted.add(record.id);
    } else {
      indexOf.set(record.id, records.length);
      records.push(record);
    }
  }
  const movedLater = new Uint8Array(records.length);
  const firstSeen = new Float64Array(records.length * n).fill(Number.POSITIVE_INFINITY);
  // The text of each first history entry: a stage date with the same text needs no parsing.
  const firstText = new Array<string | undefined>(records.length * n);
  const raw: Raw = { record: [], stage: [], at: [], fromStageDate: [] };
  if (rules.sources !== 'stage-dates') {
    const { entity, field, asOfMs } = rules;
    let lastId = '';
    let r = -1;
    for (const change of dataset.changes) {
      if (change.field !== field || change.entity !== entity) continue;
      // Histories come in runs per record: skip the map lookup while the id repeats.
      if (change.entityId !== lastId) {
        lastId = change.entityId;
        r = indexOf.get(lastId) ?? -1;
      }
      if (r < 0) {
        if (!deleted.has(change.entityId)) findings.add('change_without_record', change.id);
        continue;
      }
      const at = Date.parse(change.at);
      if (at > asOfMs) {
        movedLater[r] = 1;
        continue;
      }
      const stage = change.to === null ? -1 : (stageIndex.get(change.to) ?? -1);
      push(raw, r, stage, at, 0);
      if (stage >= 0 && at < (firstSeen[r * n + stage] as number)) {
        firstSeen[r * n + stage] = at;
        firstText[r * n + stage] = change.at;
      }
    }
  }
  if (rules.entity === 'person' && rules.sources !== 'history') {
    records.forEach((record, r) => {
      const dates = (record as Person).stageDates;
      let disagrees = false;
      for (const stageId in dates) {
        const stage = stageIndex.get(stageId);
        const text = dates[stageId] as string;
        if (stage === undefined || text === firstText[r * n + stage]) continue;
        const at = Date.parse(text);
        if (at > rules.asOfMs) {
          movedLater[r] = 1;
          continue;
        }
        const first = firstSeen[r * n + stage] as number;
        if (first !== Number.POSITIVE_INFINITY && Math.abs(first - at) >= SECOND) disagrees = true;
        if (stageDateAddsVisit(at, first)) push(raw, r, stage, at, 1);
      }
      if (disagrees) findings.add('stage_dates_disagree', record.id);
    });
  }
  return { records, indexOf, movedLater, ...groupByRecord(raw, records.length) };
}

function push(raw: Raw, record: number, stage: number, at: number, fromStageDate: number): void {
  raw.record.push(record);
  raw.stage.push(stage);
  raw.at.push(at);
  raw.fromStageDate.push(fromStageDate);
}

/** Counting sort by record, then each record's visits sorted by time, then stage. */
function groupByRecord(raw: Raw, recordCount: number) {
  const total = raw.record.length;
  const start = new Int32Array(recordCount + 1);
  for (const r of raw.record) start[r + 1] = (start[r + 1] as number) + 1;
  for (let r = 0; r < recordCount; r++)
    start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const next = start.slice(0, recordCount);
  const stage = new Int16Array(total);
  const at = new Float64Array(total);
  const fromStageDate = new Uint8Array(total);
  for (let k = 0; k < total; k++) {
    const r = raw.record[k] as number;
    const slot = next[r] as number;
    next[r] = slot + 1;
    stage[slot] = raw.stage[k] as number;
    at[slot] = raw.at[k] as number;
    fromStageDate[slot] = raw.fromStageDate[k] as number;
  }
  for (let r = 0; r < recordCount; r++) {
    sortRange(stage, at, fromStageDate, start[r] as number, start[r + 1] as number);
  }
  return { start, stage, at, fromStageDate };
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
