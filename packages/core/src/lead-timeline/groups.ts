/**
 * Entries grouped by an integer key and sorted by time within each group, in one flat array
 * (compressed-row layout): group g holds `order[start[g]]` … `order[start[g + 1] − 1]`.
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
 * Groups entries `0 … keys.length − 1` by `keys[i]` (a group number below `groupCount`, or −1
 * to skip) and sorts each group by `times[i]`, ties by the id of `records[record(i)]`, so the
 * result does not depend on the input order. No allocation per entry.
 * @param records the records entries refer to; entry i is `records[recordOf ? recordOf[i] : i]`
 */
export function groupByTime(
  keys: Int32Array,
  times: Float64Array,
  records: readonly { id: string }[],
  groupCount: number,
  recordOf?: Int32Array,
): Groups {
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
  }
  for (let g = 0; g < groupCount; g++)
    start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groupCount);
  const order = new Int32Array(start[groupCount] as number);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0) {
      order[fill[key] as number] = i;
      fill[key] = (fill[key] as number) + 1;
    }
  }
  const before = (a: number, b: number) => {
    const ta = times[a] as number;
    const tb = times[b] as number;
    if (ta !== tb) return ta < tb;
    const ra = records[recordOf ? (recordOf[a] as number) : a] as { id: string };
    const rb = records[recordOf ? (recordOf[b] as number) : b] as { id: string };
    return ra.id < rb.id;
  };
  for (let g = 0; g < groupCount; g++) {
    const from = start[g] as number;
    const to = start[g + 1] as number;
    if (to - from > INSERTION_LIMIT) {
      const sorted = Array.from(order.subarray(from, to)).sort((a, b) =>
        before(a, b) ? -1 : before(b, a) ? 1 : 0,
      );
      order.set(sorted, from);
      continue;
    }
    for (let i = from + 1; i < to; i++) {
      const entry = order[i] as number;
      let j = i - 1;
      while (j >= from && before(entry, order[j] as number)) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = entry;
    }
  }
  return { start, order };
}
