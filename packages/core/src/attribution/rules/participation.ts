import type { WeightUnits } from './weight-units';

/**
 * Participation: every distinct value (channel, campaign or asset) that took part gets 100%,
 * shared equally by its touches; totals exceed the deal amount by design (Adobe:
 * "Participation deduplicates channels that are seen multiple times"; Amplitude: "with three
 * properties each would receive 100%").
 *
 * @param keys the distinct-by value of each touch
 * @returns the weight of each touch (summing to 1 per distinct value; as units, 1 each: the
 *   split is within each group) and each group's size
 */
export function participationWeights(keys: readonly string[]): {
  weights: number[];
  units: WeightUnits;
  groupSize: number[];
} {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const weights = new Array<number>(keys.length).fill(0);
  const groupSize = new Array<number>(keys.length).fill(0);
  for (let k = 0; k < keys.length; k++) {
    const size = counts.get(keys[k] ?? '') ?? 1;
    groupSize[k] = size;
    weights[k] = 1 / size;
  }
  return {
    weights,
    units: { touches: new Array<bigint>(keys.length).fill(1n), pending: 0n },
    groupSize,
  };
}
