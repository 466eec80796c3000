import type { EncodedPaths } from './encode';
import type { PathRow } from './types';

/** The rule-based path models: ChannelAttribution's three heuristics and position-based. */
export type HeuristicModel = 'first-touch' | 'last-touch' | 'linear' | 'position-based';

/** Weights of each touch of a path of length n under a heuristic model (`out` zeroed). */
function touchWeights(model: HeuristicModel, n: number, out: Float64Array): void {
  if (n === 0) return;
  if (model === 'first-touch') out[0] = 1;
  else if (model === 'last-touch') out[n - 1] = 1;
  else if (model === 'linear' || n === 1) out.fill(1 / n, 0, n);
  else if (n === 2) {
    // Position-based with no middle: 50/50 (Google Ads, Adobe, Amplitude agree).
    out[0] = 0.5;
    out[1] = 0.5;
  } else {
    out.fill(0.2 / (n - 2), 1, n - 1);
    out[0] = 0.4;
    out[n - 1] = 0.4;
  }
}

/**
 * Per-channel conversions and value under a heuristic model: each path's conversions and
 * value split over its touches (linear: `count(channel in path) / length`, as
 * ChannelAttribution's `heuristic_models`; position-based: 40/20/40).
 */
export function heuristicCredits(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  model: HeuristicModel,
): { conversions: Float64Array; value: Float64Array } {
  const { ids, start, pathOf, rank } = paths;
  const conversions = new Float64Array(paths.channels.length);
  const value = new Float64Array(paths.channels.length);
  // Weights depend only on the length: computed once per length, not once per row.
  const byLength: Float64Array[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as PathRow;
    const p = pathOf[r] as number;
    const from = start[p] as number;
    const length = (start[p + 1] as number) - from;
    let weights = byLength[length];
    if (weights === undefined) {
      weights = new Float64Array(length);
      touchWeights(model, length, weights);
      byLength[length] = weights;
    }
    // First and last touch credit one touch: skip the others.
    const lo = model === 'last-touch' ? length - 1 : 0;
    const hi = model === 'first-touch' ? Math.min(1, length) : length;
    for (let k = Math.max(lo, 0); k < hi; k++) {
      const w = weights[k] as number;
      const c = rank[ids[from + k] as number] as number;
      conversions[c] = (conversions[c] as number) + w * row.conversions;
      value[c] = (value[c] as number) + w * row.value;
    }
  }
  return { conversions, value };
}
