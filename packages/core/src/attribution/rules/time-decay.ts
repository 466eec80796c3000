const DAY_MS = 86_400_000;

/**
 * Time-decay weights: `2^(−Δt / half-life)` for each touch, Δt the time from the touch to
 * the conversion, normalised to sum to 1 (Adobe: "follows an exponential decay with a custom
 * half-life parameter, where the default is 7 days … `2^(-t/halflife)` … normalized to 100%";
 * Google Ads: "half-life is 1 week"). Weights are computed relative to the most recent touch,
 * so very old touches never underflow every weight to zero.
 *
 * @param gapsDays the gap of each touch before the conversion, in days (exact or whole days)
 * @param halfLifeDays the half-life in days
 * @returns the normalised weights and the raw `2^(−Δt/h)` of each touch
 */
export function timeDecayWeights(
  gapsDays: readonly number[],
  halfLifeDays: number,
): { weights: number[]; raw: number[] } {
  const n = gapsDays.length;
  const raw = new Array<number>(n).fill(0);
  const weights = new Array<number>(n).fill(0);
  let smallest = Number.POSITIVE_INFINITY;
  for (const gap of gapsDays) if (gap < smallest) smallest = gap;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const gap = gapsDays[k] ?? 0;
    raw[k] = 2 ** (-gap / halfLifeDays);
    const relative = 2 ** (-(gap - smallest) / halfLifeDays);
    weights[k] = relative;
    sum += relative;
  }
  for (let k = 0; k < n; k++) weights[k] = (weights[k] ?? 0) / sum;
  return { weights, raw };
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
