import { decimalUnits } from '../../money/weight-units';
import { linearPerDistinctWeights } from './linear';
import { perGroupUnits, type WeightUnits } from './weight-units';

/**
 * A deal's share of a data-driven model: each distinct channel of the journey gets its
 * strength (removal effect, Shapley value) over the sum of the journey's channel strengths,
 * shared equally by its touches (exactly: the strengths are read as written, see
 * `decimalUnits`). Without strengths — or when the journey's channels all have
 * strength 0 — each distinct channel gets 1/k (Zhao et al.'s simplified Shapley push-down).
 */
export function strengthWeights(
  keys: readonly string[],
  strengths: ReadonlyMap<string, number> | null,
): {
  weights: number[];
  units: WeightUnits;
  strength: number[];
  total: number;
  distinct: number;
  groupSize: number[];
} {
  const even = linearPerDistinctWeights(keys);
  const strength = keys.map((key) => (strengths ? (strengths.get(key) ?? 0) : 1));
  let total = 0;
  const counted = new Set<string>();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (counted.has(key)) continue;
    counted.add(key);
    total += strength[k] as number;
  }
  if (!strengths || !(total > 0)) {
    return {
      weights: even.weights,
      units: even.units,
      strength,
      total: strengths ? 0 : total,
      distinct: even.distinct,
      groupSize: even.groupSize,
    };
  }
  const exact = decimalUnits(strength);
  const weights = keys.map(
    (_, k) => (strength[k] as number) / total / (even.groupSize[k] as number),
  );
  const units = perGroupUnits(even.groupSize, (k) => exact[k] as bigint);
  return { weights, units, strength, total, distinct: even.distinct, groupSize: even.groupSize };
}
