import { quantileSorted } from '../stats/quantiles';

/**
 * The q-quantile of values by linear interpolation between closest ranks (type 7, Excel's
 * PERCENTILE.INC): the median of 1, 2, 3, 10 is 2.5, its P90 is 3 + 0.7 × (10 − 3) = 7.9.
 * Null for no values. Reorders `values` in place: only the two ranks the interpolation
 * reads are put where a sort would put them, in linear time, which a funnel's thousands of
 * durations per stage and group notice.
 */
export function quantile(values: Float64Array, q: number): number | null {
  const rank = Math.floor((values.length - 1) * q);
  if (rank >= 0 && rank < values.length) placeRanks(values, rank);
  return quantileSorted(values, q);
}

/** Puts the values of ranks `k` and `k + 1` at those indexes, as `values.sort()` would. */
function placeRanks(values: Float64Array, k: number): void {
  // NaN and -0 order differently under comparison than under a typed array's sort.
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (Number.isNaN(x) || (x === 0 && 1 / x < 0)) {
      values.sort();
      return;
    }
  }
  select(values, k);
  let next = k + 1;
  for (let i = k + 2; i < values.length; i++) {
    if ((values[i] as number) < (values[next] as number)) next = i;
  }
  if (next < values.length) swap(values, k + 1, next);
}

/**
 * Hoare's selection (Wirth's variant): the k-th smallest value at index k, none greater
 * before it, none smaller after. A range that does not shrink fast enough (an adversarial
 * order) is sorted instead, so the worst case stays n log n.
 */
function select(values: Float64Array, k: number): void {
  let left = 0;
  let right = values.length - 1;
  let passes = 2 * Math.log2(values.length + 1) + 8;
  while (left < right) {
    if (--passes < 0) {
      values.subarray(left, right + 1).sort();
      return;
    }
    const pivot = values[k] as number;
    let i = left;
    let j = right;
    do {
      while ((values[i] as number) < pivot) i++;
      while (pivot < (values[j] as number)) j--;
      if (i <= j) swap(values, i++, j--);
    } while (i <= j);
    if (j < k) left = i;
    if (k < i) right = j;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const x = values[i] as number;
  values[i] = values[j] as number;
  values[j] = x;
}
