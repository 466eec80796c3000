import type { Dataset } from '../model/dataset';

/** The dataset arrays a lead timeline reads: a memo is valid only while all are unchanged. */
const READ = ['people', 'leads', 'changes', 'activities', 'users', 'deals'] as const;

// A few option sets per dataset (e.g. the hand-off's and the SLA's) without growing unbounded.
const MAX_VALUES = 8;

interface Memo {
  arrays: readonly (readonly unknown[])[];
  lengths: readonly number[];
  values: Map<string, unknown>;
}

const memos = new WeakMap<object, Memo>();

function sameArrays(memo: Memo, dataset: Dataset): boolean {
  for (let i = 0; i < READ.length; i++) {
    const array = dataset[READ[i] as (typeof READ)[number]];
    if (array !== memo.arrays[i] || array.length !== memo.lengths[i]) return false;
  }
  return true;
}

/**
 * The value built for `key` on this dataset, built on first need and then shared by later
 * calls (`handoff` then `evaluateSla` on one dataset index it once). Held weakly by the
 * dataset's `people` array and dropped as soon as any array the timeline reads (people,
 * leads, changes, activities, users, deals) is another array or has another length. As with
 * `recordTimes`, a record edited in place is not seen: datasets are treated as immutable.
 */
export function memoOnDataset<T>(dataset: Dataset, key: string, build: () => T): T {
  let memo = memos.get(dataset.people);
  if (memo === undefined || !sameArrays(memo, dataset)) {
    const arrays = READ.map((name) => dataset[name]);
    memo = { arrays, lengths: arrays.map((a) => a.length), values: new Map() };
    memos.set(dataset.people, memo);
  }
  if (memo.values.has(key)) return memo.values.get(key) as T;
  const value = build();
  if (memo.values.size >= MAX_VALUES) memo.values.delete(memo.values.keys().next().value as string);
  memo.values.set(key, value);
  return value;
}
