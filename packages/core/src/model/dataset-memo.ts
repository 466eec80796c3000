import type { Dataset } from './dataset';

/** The names of a dataset's record arrays. */
export type DatasetArray = {
  [K in keyof Dataset]-?: Dataset[K] extends readonly unknown[] ? K : never;
}[keyof Dataset];

interface Entry {
  arrays: readonly (readonly unknown[])[];
  lengths: readonly number[];
  value: unknown;
}

// A few values per dataset (e.g. the hand-off's and the SLA's option sets) without growing
// without bound.
const MAX_ENTRIES = 8;

const memos = new WeakMap<readonly unknown[], Map<string, Entry>>();

/**
 * The value built for `key` from the dataset arrays named in `reads`, built on first need and
 * shared by later calls — `attribute` on another model, `evaluateSla` after `handoff` — so an
 * index over a million records is built once. Held weakly by the first array read, so it
 * lives as long as the data; rebuilt when any array read is another array or has another
 * length. Datasets are treated as immutable: a record edited in place is not seen.
 */
export function memoOnDataset<T>(
  dataset: Dataset,
  reads: readonly [DatasetArray, ...DatasetArray[]],
  key: string,
  build: () => T,
): T {
  const arrays = reads.map((name) => dataset[name]);
  const anchor = arrays[0] as readonly unknown[];
  let entries = memos.get(anchor);
  if (!entries) {
    entries = new Map();
    memos.set(anchor, entries);
  }
  const known = entries.get(key);
  if (
    known?.arrays.length === arrays.length &&
    known.arrays.every((array, i) => array === arrays[i] && array.length === known.lengths[i])
  ) {
    return known.value as T;
  }
  const value = build();
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(key, { arrays, lengths: arrays.map((array) => array.length), value });
  return value;
}
