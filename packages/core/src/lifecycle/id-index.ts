/** Where each id sits in a record array: the last record with it, and whether ids repeat. */
export interface IdIndex {
  positionOf: ReadonlyMap<string, number>;
  /** False when two records share an id. */
  unique: boolean;
  /** The array's length when indexed: a grown or shrunk array is indexed again. */
  size: number;
}

const cache = new WeakMap<readonly { id: string }[], IdIndex>();

/**
 * The id index of a record array, built once per array and shared by every call on the
 * dataset: hashing 80k ids costs more than most of what a call computes from them.
 */
export function idIndex(records: readonly { id: string }[]): IdIndex {
  const known = cache.get(records);
  if (known?.size === records.length) return known;
  const positionOf = new Map<string, number>();
  for (let p = 0; p < records.length; p++) {
    positionOf.set((records[p] as { id: string }).id, p);
  }
  const index = { positionOf, unique: positionOf.size === records.length, size: records.length };
  cache.set(records, index);
  return index;
}
