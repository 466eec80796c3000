import { binaryUnits, decimalOf } from '../../money/weight-units';
import type { WeightUnits } from './weight-units';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Time-decay weights: `2^(−Δt / half-life)` for each touch, Δt the time from the touch to
 * the conversion, normalised to sum to 1 (Adobe: "follows an exponential decay with a custom
 * half-life parameter, where the default is 7 days … `2^(-t/halflife)` … normalized to 100%";
 * Google Ads: "half-life is 1 week"). Weights are computed relative to the most recent touch,
 * so very old touches never underflow every weight to zero.
 *
 * @param gapsDays the gap of each touch before the conversion, in days (exact or whole days)
 * @param halfLifeDays the half-life in days
 * @returns the normalised weights, the raw `2^(−Δt/h)` of each touch and the weights relative
 *   to the most recent touch
 */
export function timeDecayWeights(
  gapsDays: readonly number[],
  halfLifeDays: number,
): { weights: number[]; raw: number[]; relative: number[] } {
  const n = gapsDays.length;
  const raw = new Array<number>(n).fill(0);
  const weights = new Array<number>(n).fill(0);
  const relative = new Array<number>(n).fill(0);
  let smallest = Number.POSITIVE_INFINITY;
  for (const gap of gapsDays) if (gap < smallest) smallest = gap;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const gap = gapsDays[k] ?? 0;
    raw[k] = 2 ** (-gap / halfLifeDays);
    const own = 2 ** (-(gap - smallest) / halfLifeDays);
    relative[k] = own;
    sum += own;
  }
  for (let k = 0; k < n; k++) weights[k] = (relative[k] ?? 0) / sum;
  return { weights, raw, relative };
}

/** Days from an instant to the conversion, exactly. */
export function exactGapDays(touchMs: number, conversionMs: number): number {
  return (conversionMs - touchMs) / DAY_MS;
}

/**
 * Whole calendar days from a touch to the conversion: the difference of their dates in a
 * time zone (`offsetMs` east-positive), as in Adobe's example (a touch on Sept 15 and a
 * purchase on Sept 24 are 9 days apart whatever the hours).
 */
export function calendarGapDays(
  touchMs: number,
  touchOffsetMs: number,
  conversionMs: number,
  conversionOffsetMs: number,
): number {
  return (
    Math.floor((conversionMs + conversionOffsetMs) / DAY_MS) -
    Math.floor((touchMs + touchOffsetMs) / DAY_MS)
  );
}

/**
 * Time-decay weights as exact integers where they are rational, else a fixed rule. With
 * integer gaps (milliseconds, or whole calendar days) and the half-life read as written, the
 * exponent `e(k) = (gap(k) − smallest gap) / half-life` is rational:
 * - when every `e(k)` is a whole number, every weight is `2^−e(k)` times the most recent
 *   one, so the units `2^(max e − e(k))` are the weights exactly and ties are exact;
 * - otherwise some ratios are irrational (`2^(r/q)`, `q ∤ r`), and an exact tie between two
 *   touches of different weights is impossible: `2^(1/q)` has degree `q` over the rationals
 *   (`x^q − 2` is irreducible), so the weights split into classes of `e mod 1` that are
 *   linearly independent, and a tie `A·(w_i − w_j)/Σw ∈ ℤ` would need a positive sum of weights
 *   to be zero. Equal gaps give bit-identical floats and still tie exactly to the earlier
 *   touch; the split ranks the remaining remainders by the float weights at their exact
 *   binary value (`binaryUnits`), deterministic, within 2^−52 of the true ranking.
 * A weight that underflows to 0 as a float stays 0, as in {@link timeDecayWeights}.
 *
 * @param gaps each touch's gap before the conversion, an integer in `unitsPerDay` units
 * @param unitsPerDay 86 400 000 for millisecond gaps, 1 for calendar days
 * @param halfLifeDays the half-life in days
 * @param relative the float weights relative to the most recent touch (see {@link timeDecayWeights})
 */
export function timeDecayUnits(
  gaps: readonly number[],
  unitsPerDay: number,
  halfLifeDays: number,
  relative: readonly number[],
): WeightUnits {
  const n = gaps.length;
  let smallest = Number.POSITIVE_INFINITY;
  for (const gap of gaps) if (gap < smallest) smallest = gap;
  // e(k) = (gap − smallest)·10^s / (digits·unitsPerDay), the half-life being digits / 10^s.
  const { digits, scale } = decimalOf(halfLifeDays);
  const divisor = digits * BigInt(unitsPerDay);
  const power = 10n ** BigInt(scale);
  const exponents = new Array<bigint>(n);
  let largest = 0n;
  for (let k = 0; k < n; k++) {
    const difference = (gaps[k] ?? 0) - smallest;
    const numerator = Number.isSafeInteger(difference) ? BigInt(difference) * power : null;
    if (numerator === null || divisor === 0n || numerator % divisor !== 0n) {
      return { touches: binaryUnits(relative), pending: 0n };
    }
    const e = numerator / divisor;
    exponents[k] = e;
    if ((relative[k] ?? 0) > 0 && e > largest) largest = e;
  }
  const touches = exponents.map((e, k) => ((relative[k] ?? 0) > 0 ? 1n << (largest - e) : 0n));
  return { touches, pending: 0n };
}
