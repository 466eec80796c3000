import {
  CHANGE_ENTITY,
  changeColumns,
  changesOf,
  runPositions,
} from '../columns/lifecycle-changes';
import type { FieldChange } from '../model/sales';
import { idIndex } from './id-index';

/**
 * The changes of one field on one record kind, grouped by the record of one array they
 * name: the changes of group `g` are `start[g]` to `start[g + 1]` in the flat arrays, in
 * dataset order. Group `p` is the record at position `p` (an id that several records hold
 * has its changes at the last of them, where the id index finds it); ids that no record
 * holds follow, one group each. Built once per `changes` and records array and shared by
 * every call on the dataset, so a million-row history is scanned and its timestamps parsed
 * once, not once per stage or call.
 */
export interface FieldHistory {
  start: Int32Array;
  /** Each change's index in `changes`. */
  change: Int32Array;
  /** Each change's `at` in epoch ms (NaN when unreadable). */
  at: Float64Array;
  /** Each change's `to` as an index into `values`; -1 for null. */
  to: Int32Array;
  /** The distinct non-null `to` values. */
  values: readonly string[];
  /** The changes naming no record of the array, in dataset order. */
  orphans: Int32Array;
  /** The group of the changes naming `id`; undefined for an id neither held nor named. */
  groupOf(id: string): number | undefined;
  /** The group of the record at position `p` (the one of its id when ids repeat). */
  recordGroup(p: number): number;
}

interface Cached extends FieldHistory {
  /** The lengths of `changes` and of the records when built: a resized array is indexed again. */
  size: number;
  records: number;
}

const cache = new WeakMap<
  readonly FieldChange[],
  WeakMap<readonly { id: string }[], Map<string, Cached>>
>();

/**
 * The history of `field` on `entity` in `changes`, grouped by the records of `records` (the
 * dataset's array of that kind), indexed on first use. Like `recordTimes`, it treats
 * datasets as immutable: build a new array instead of editing one in place.
 */
export function fieldHistory(
  changes: readonly FieldChange[],
  entity: FieldChange['entity'],
  field: string,
  records: readonly { id: string }[],
): FieldHistory {
  let byRecords = cache.get(changes);
  if (!byRecords) {
    byRecords = new WeakMap();
    cache.set(changes, byRecords);
  }
  let byKey = byRecords.get(records);
  if (!byKey) {
    byKey = new Map();
    byRecords.set(records, byKey);
  }
  const key = `${entity} ${field}`;
  let history = byKey.get(key);
  if (history?.size !== changes.length || history.records !== records.length) {
    history = build(changes, entity, field, records);
    byKey.set(key, history);
  }
  return history;
}

function build(
  changes: readonly FieldChange[],
  entity: FieldChange['entity'],
  field: string,
  records: readonly { id: string }[],
): Cached {
  // Read from the shared change columns alone: the change objects were read once for every
  // history. Records are found through the shared id index, one lookup per run of a record's
  // changes.
  const columns = changeColumns(changes);
  const { positionOf, unique } = idIndex(records);
  const runPosition = runPositions(columns, CHANGE_ENTITY[entity], positionOf);
  const { ms, to: toOf, run: runOf, runIds } = columns;
  const found = changesOf(columns, CHANGE_ENTITY[entity], field);
  const m = found.length;
  // In typed arrays: a million-row history must not leave a million promoted JS numbers
  // behind. Values are numbered in first-seen order.
  const foundGroup = new Int32Array(m);
  const foundTo = new Int32Array(m);
  const localCode = new Int32Array(columns.values.size).fill(-1);
  const values: string[] = [];
  const orphanGroup = new Map<string, number>();
  let groups = records.length;
  let lastRun = -1;
  let g = -1;
  for (let k = 0; k < m; k++) {
    const i = found[k] as number;
    const run = runOf[i] as number;
    if (run !== lastRun) {
      lastRun = run;
      g = runPosition[run] as number;
      if (g < 0) {
        const id = runIds[run] as string;
        const known = orphanGroup.get(id);
        if (known === undefined) {
          g = groups++;
          orphanGroup.set(id, g);
        } else g = known;
      }
    }
    const global = toOf[i] as number;
    let code = -1;
    if (global >= 0) {
      code = localCode[global] as number;
      if (code < 0) {
        code = values.length;
        localCode[global] = code;
        values.push(columns.values.values[global] as string);
      }
    }
    foundGroup[k] = g;
    foundTo[k] = code;
  }
  const start = new Int32Array(groups + 1);
  for (let j = 0; j < m; j++) {
    const group = foundGroup[j] as number;
    start[group + 1] = (start[group + 1] as number) + 1;
  }
  for (let j = 0; j < groups; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const next = start.slice(0, groups);
  const change = new Int32Array(m);
  const at = new Float64Array(m);
  const to = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const group = foundGroup[j] as number;
    const slot = next[group] as number;
    next[group] = slot + 1;
    const i = found[j] as number;
    change[slot] = i;
    at[slot] = ms[i] as number;
    to[slot] = foundTo[j] as number;
  }
  return {
    start,
    change,
    at,
    to,
    values,
    orphans: change.slice(start[records.length]).sort(),
    groupOf: (id) => positionOf.get(id) ?? orphanGroup.get(id),
    recordGroup: unique
      ? (p) => p
      : (p) => positionOf.get((records[p] as { id: string }).id) as number,
    size: changes.length,
    records: records.length,
  };
}
