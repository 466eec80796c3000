import type { FieldChange } from '../model/sales';
import { parseInstant } from '../time/instant';

/**
 * The changes of one field on one record kind, grouped by the record id they name: the
 * changes of id `ids[g]` are `start[g]` to `start[g + 1]` in the flat arrays, in dataset
 * order. Built once per `changes` array and shared by every call on the dataset, so a
 * million-row history is scanned and its timestamps parsed once, not once per stage or call.
 */
export interface FieldHistory {
  /** Distinct record ids the changes name, in order of first appearance. */
  ids: readonly string[];
  start: Int32Array;
  /** Each change's index in `changes`. */
  change: Int32Array;
  /** Each change's `at` in epoch ms (NaN when unreadable). */
  at: Float64Array;
  /** Each change's `to` as an index into `values`; -1 for null. */
  to: Int32Array;
  /** The distinct non-null `to` values. */
  values: readonly string[];
  /** The group of each id in `ids`. */
  groupOf: ReadonlyMap<string, number>;
}

/**
 * Which group of a `FieldHistory` belongs to each record of one array (-1 for none), and
 * the changes naming no record of the array, in dataset order.
 */
export interface RecordGroups {
  group: Int32Array;
  orphans: Int32Array;
}

interface Cached extends FieldHistory {
  /** The length of `changes` when built: a grown or shrunk array is indexed again. */
  size: number;
  byRecords: WeakMap<readonly { id: string }[], RecordGroups>;
}

const cache = new WeakMap<readonly FieldChange[], Map<string, Cached>>();

/**
 * The history of `field` on `entity` in `changes`, indexed on first use. Like `recordTimes`,
 * it treats datasets as immutable: build a new array instead of editing one in place.
 */
export function fieldHistory(
  changes: readonly FieldChange[],
  entity: FieldChange['entity'],
  field: string,
): FieldHistory {
  let byKey = cache.get(changes);
  if (!byKey) {
    byKey = new Map();
    cache.set(changes, byKey);
  }
  const key = `${entity} ${field}`;
  let history = byKey.get(key);
  if (history?.size !== changes.length) {
    history = build(changes, entity, field);
    byKey.set(key, history);
  }
  return history;
}

/** The group of each record (by id) in `history`, computed once per records array. */
export function recordGroups(
  history: FieldHistory,
  records: readonly { id: string }[],
): RecordGroups {
  const h = history as Cached;
  let groups = h.byRecords.get(records);
  if (groups?.group.length === records.length) return groups;
  const group = new Int32Array(records.length);
  const named = new Uint8Array(h.ids.length);
  for (let r = 0; r < records.length; r++) {
    const g = h.groupOf.get((records[r] as { id: string }).id) ?? -1;
    group[r] = g;
    if (g >= 0) named[g] = 1;
  }
  const orphans: number[] = [];
  for (let g = 0; g < h.ids.length; g++) {
    if (named[g] === 1) continue;
    for (let k = h.start[g] as number; k < (h.start[g + 1] as number); k++) {
      orphans.push(h.change[k] as number);
    }
  }
  groups = { group, orphans: Int32Array.from(orphans).sort() };
  h.byRecords.set(records, groups);
  return groups;
}

function build(changes: readonly FieldChange[], entity: string, field: string): Cached {
  const groupOf = new Map<string, number>();
  const ids: string[] = [];
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
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as FieldChange;
    if (change.field !== field || change.entity !== entity) continue;
    // Histories come in runs per record: skip the map lookup while the id repeats.
    if (change.entityId !== lastId) {
      lastId = change.entityId;
      g = groupOf.get(lastId) ?? ids.length;
      if (g === ids.length) {
        groupOf.set(lastId, g);
        ids.push(lastId);
      }
    }
    let code = change.to === null ? -1 : codeOfValue.get(change.to);
    if (code === undefined) {
      code = values.length;
      codeOfValue.set(change.to as string, code);
      values.push(change.to as string);
    }
    found[m] = i;
    foundGroup[m] = g;
    foundAt[m] = parseInstant(change.at);
    foundTo[m++] = code;
  }
  const start = new Int32Array(ids.length + 1);
  for (let k = 0; k < m; k++) {
    const group = foundGroup[k] as number;
    start[group + 1] = (start[group + 1] as number) + 1;
  }
  for (let k = 0; k < ids.length; k++)
    start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, ids.length);
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
    ids,
    start,
    change,
    at,
    to,
    values,
    groupOf,
    size: changes.length,
    byRecords: new WeakMap(),
  };
}
