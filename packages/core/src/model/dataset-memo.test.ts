import { describe, expect, it } from 'vitest';
import { emptyDataset } from './dataset';
import { memoOnDataset } from './dataset-memo';

describe('memoOnDataset', () => {
  it('builds a value once per dataset and key', () => {
    const dataset = emptyDataset();
    let builds = 0;
    const build = () => ({ n: ++builds });
    const first = memoOnDataset(dataset, ['people', 'changes'], 'k', build);
    expect(memoOnDataset(dataset, ['people', 'changes'], 'k', build)).toBe(first);
    expect(memoOnDataset(dataset, ['people', 'changes'], 'other', build)).not.toBe(first);
    expect(builds).toBe(2);
  });

  it('shares the value with a dataset object holding the same arrays', () => {
    const dataset = emptyDataset();
    const first = memoOnDataset(dataset, ['people'], 'k', () => ({}));
    expect(memoOnDataset({ ...dataset }, ['people'], 'k', () => ({}))).toBe(first);
  });

  it('builds again when an array read is replaced or resized, not when another one is', () => {
    const dataset = emptyDataset();
    const reads = ['people', 'changes'] as const;
    const first = memoOnDataset(dataset, reads, 'k', () => ({}));
    expect(memoOnDataset({ ...dataset, deals: [] }, reads, 'k', () => ({}))).toBe(first);
    const replaced = { ...dataset, changes: [] };
    const second = memoOnDataset(replaced, reads, 'k', () => ({}));
    expect(second).not.toBe(first);
    replaced.changes.push({} as (typeof replaced.changes)[number]); // any record: only the length counts
    expect(memoOnDataset(replaced, reads, 'k', () => ({}))).not.toBe(second);
  });

  it('keeps a bounded number of values per dataset', () => {
    const dataset = emptyDataset();
    const values = Array.from({ length: 9 }, (_, i) =>
      memoOnDataset(dataset, ['people'], `k${i}`, () => ({ i })),
    );
    expect(memoOnDataset(dataset, ['people'], 'k8', () => ({}))).toBe(values[8]);
    expect(memoOnDataset(dataset, ['people'], 'k0', () => ({}))).not.toBe(values[0]);
  });
});
