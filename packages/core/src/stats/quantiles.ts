/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation between the
 * two closest ranks: with n values, h = (n − 1)·p and the result is
 * `sorted[⌊h⌋] + (h − ⌊h⌋)·(sorted[⌊h⌋ + 1] − sorted[⌊h⌋])`. This is Hyndman–Fan type 7, the
 * default of NumPy and R and Excel's `PERCENTILE.INC`, so a spreadsheet gives the same
 * figure. Null for no values.
 * @throws {RangeError} when p is outside [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  return lo + 1 < n ? low + (h - lo) * ((sorted[lo + 1] as number) - low) : low;
}

/** P50, P90 and P95 of a sample (type-7 quantiles, see `quantileSorted`); null when empty. */
export interface Percentiles {
  /** How many values the percentiles describe. */
  count: number;
  /** The median. */
  p50: number | null;
  p90: number | null;
  p95: number | null;
}

/** The P50, P90 and P95 of values in any order (a sorted copy is made; the input is kept). */
export function percentiles(values: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
  };
}
