import { perGroupUnits, type WeightUnits } from './weight-units';

/**
 * Linear per touch: every touch of the journey gets 1/n, repeats included (HubSpot: "each
 * interaction by the same contact is counted separately"; ChannelAttribution's linear
 * heuristic).
 */
export function linearWeights(length: number): number[] {
  return new Array<number>(length).fill(length > 0 ? 1 / length : 0);
}

/**
 * Linear per distinct value: each distinct channel (or campaign, or asset) of the journey
 * gets 1/k, shared equally by its touches. Equivalent to Zhao et al.'s simplified Shapley
 * value (each conversion split evenly across its distinct channels).
 *
 * @param keys the distinct-by value of each touch
 * @returns the weight of each touch (and exactly, as units), the number of distinct values and
 *   each touch's group size
 */
export function linearPerDistinctWeights(keys: readonly string[]): {
  weights: number[];
  units: WeightUnits;
  distinct: number;
  groupSize: number[];
} {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const distinct = counts.size;
  const weights = new Array<number>(keys.length).fill(0);
  const groupSize = new Array<number>(keys.length).fill(0);
  for (let k = 0; k < keys.length; k++) {
    const size = counts.get(keys[k] ?? '') ?? 1;
    groupSize[k] = size;
    weights[k] = 1 / distinct / size;
  }
  return { weights, units: perGroupUnits(groupSize), distinct, groupSize };
}
