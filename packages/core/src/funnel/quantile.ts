import { quantileSorted } from '../stats/quantiles';

/**
 * The q-quantile of values by linear interpolation between closest ranks (type 7, Excel's
 * PERCENTILE.INC): the median of 1, 2, 3, 10 is 2.5, its P90 is 3 + 0.7 × (10 − 3) = 7.9.
 * Null for no values. Sorts `values` in place.
 */
export function quantile(values: Float64Array, q: number): number | null {
  return quantileSorted(values.sort(), q);
}
