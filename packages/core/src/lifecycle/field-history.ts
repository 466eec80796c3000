import type { FieldChange } from '../model/sales';
import { parseInstant } from '../time/instant';
import { knownRecordTimes } from '../time/record-times';
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
  entity: string,
  field: string,
  records: readonly { id: string }[],
): Cached {
  // Grouped through the shared id index: the ids are hashed and mapped once per dataset,
  // for this history, the other histories and every lookup by id.
  const { positionOf, unique } = idIndex(records);
  const orphanGroup = new Map<string, number>();
  let groups = records.length;
  const codeOfValue = new Map<string, number>();
  const values: string[] = [];
  // The matching changes as found, in typed arrays sized for all (untouched pages cost
  // nothing): a million-row history must not leave a million promoted JS numbers behind.
  const found = new Int32Array(changes.length);
  const foundGroup = new Int32Array(changes.length);
  const foundAt = new Float64Array(changes.length);
  const foundTo = new Int32Array(changes.length);
  let m = 0;
  let lastId: string | undefined;
  let g = -1;
  // The hand-off's person index parses every change's time: reuse them when it ran first.
  const parsed = knownRecordTimes(changes, 'at');
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as FieldChange;
    if (change.field !== field || change.entity !== entity) continue;
    // Histories come in runs per record: skip the map lookup while the id repeats.
    if (change.entityId !== lastId) {
      lastId = change.entityId;
      const known = positionOf.get(lastId) ?? orphanGroup.get(lastId);
      if (known === undefined) {
        g = groups++;
        orphanGroup.set(lastId, g);
      } else g = known;
    }
    let code = change.to === null ? -1 : codeOfValue.get(change.to);
    if (code === undefined) {
      code = values.length;
      codeOfValue.set(change.to as string, code);
      values.push(change.to as string);
    }
    found[m] = i;
    foundGroup[m] = g;
    foundAt[m] = parsed === undefined ? parseInstant(change.at) : (parsed[i] as number);
    foundTo[m++] = code;
  }
  const start = new Int32Array(groups + 1);
  for (let k = 0; k < m; k++) {
    const group = foundGroup[k] as number;
    start[group + 1] = (start[group + 1] as number) + 1;
  }
  for (let k = 0; k < groups; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, groups);
  const change = new Int32Array(m);
  const at = new Float64Array(m);
  const to = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const group = foundGroup[k] as number;
    const slot = next[group] as number;
    next[group] = slot + 1;
    change[slot] = found[k] as number;
    at[slot] = foundAt[k] as number;
    to[slot] = foundTo[k] as number;
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
