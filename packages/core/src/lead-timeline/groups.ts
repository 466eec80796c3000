/**
 * Entries grouped by an integer key, in one flat array (compressed-row layout): group g holds
 * `order[start[g]]` … `order[start[g + 1] − 1]`.
 */
export interface Groups {
  start: Int32Array;
  /** Entry numbers, indexes into the caller's parallel arrays. */
  order: Int32Array;
}

// Above this size a group is sorted with Array#sort; below, insertion sort (CRM exports are
// mostly in time order already, so it is close to linear).
const INSERTION_LIMIT = 48;

/**
 * Groups entries `0 … keys.length − 1` by `keys[i]`, a group number below `groupCount` (or −1
 * to skip), keeping entry order within a group. A counting sort: no allocation per entry.
 */
export function groupBy(keys: Int32Array, groupCount: number): Groups {
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
  }
  for (let g = 0; g < groupCount; g++) {
    start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  }
  const fill = start.slice(0, groupCount);
  const order = new Int32Array(start[groupCount] as number);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0) {
      order[fill[key] as number] = i;
      fill[key] = (fill[key] as number) + 1;
    }
  }
  return { start, order };
}

/** Whether entry a comes before entry b: earlier time, or the same time and a smaller id. */
function precedes(
  a: number,
  b: number,
  times: Float64Array,
  records: readonly { id: string }[],
  recordOf: Int32Array | undefined,
): boolean {
  const ta = times[a] as number;
  const tb = times[b] as number;
  if (ta !== tb) return ta < tb;
  const ra = records[recordOf ? (recordOf[a] as number) : a] as { id: string };
  const rb = records[recordOf ? (recordOf[b] as number) : b] as { id: string };
  return ra.id < rb.id;
}

/**
 * Sorts group g by `times[entry]`, ties by the id of the entry's record, so the result does
 * not depend on the input order.
 * @param records the records entries refer to; entry i is `records[recordOf ? recordOf[i] : i]`
 */
export function sortGroup(
  groups: Groups,
  g: number,
  times: Float64Array,
  records: readonly { id: string }[],
  recordOf?: Int32Array,
): void {
  const { order } = groups;
  const from = groups.start[g] as number;
  const to = groups.start[g + 1] as number;
  if (to - from > INSERTION_LIMIT) {
    const sorted = Array.from(order.subarray(from, to)).sort((a, b) =>
      precedes(a, b, times, records, recordOf)
        ? -1
        : precedes(b, a, times, records, recordOf)
          ? 1
          : 0,
    );
    order.set(sorted, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const entry = order[i] as number;
    let j = i - 1;
    while (j >= from && precedes(entry, order[j] as number, times, records, recordOf)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = entry;
  }
}

/** Groups entries by key and sorts every group by time (see `groupBy` and `sortGroup`). */
export function groupByTime(
  keys: Int32Array,
  times: Float64Array,
  records: readonly { id: string }[],
  groupCount: number,
  recordOf?: Int32Array,
): Groups {
  const groups = groupBy(keys, groupCount);
  for (let g = 0; g < groupCount; g++) sortGroup(groups, g, times, records, recordOf);
  return groups;
}
