/**
 * The q-quantile of values (0 ≤ q ≤ 1) by linear interpolation between closest ranks — the
 * rule of Excel's PERCENTILE.INC and R's default (type 7): the median of 1, 2, 3, 10 is 2.5,
 * its P90 is 3 + 0.7 × (10 − 3) = 7.9. Null for no values. Sorts `values` in place.
 */
export function quantile(values: Float64Array, q: number): number | null {
  if (values.length === 0) return null;
  values.sort();
  const rank = (values.length - 1) * q;
  const low = Math.floor(rank);
  const lower = values[low] as number;
  const upper = values[Math.min(low + 1, values.length - 1)] as number;
  return lower + (upper - lower) * (rank - low);
}
