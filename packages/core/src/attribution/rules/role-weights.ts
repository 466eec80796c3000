import { decimalUnits } from '../../money/weight-units';
import type { WeightUnits } from './weight-units';

/**
 * Contact-role weights applied exactly: each touch's units times its role weight as written,
 * the touches renormalised to their share before (1 − pending). With `u` the model's units,
 * `p` its pending units, `D = Σu + p`, `r` the role weights on one decimal scale and
 * `S = Σ u·r`, touch `k` gets `u(k)·r(k)·(D − p)` and the pending share `p·S` (over `D·S`);
 * without a pending share, simply `u(k)·r(k)`.
 */
export function roleWeightedUnits(model: WeightUnits, roleWeights: readonly number[]): WeightUnits {
  const n = model.touches.length;
  const roles = decimalUnits(Array.from({ length: n }, (_, k) => roleWeights[k] ?? 1));
  const touches = new Array<bigint>(n);
  let sum = 0n;
  let weighted = 0n;
  for (let k = 0; k < n; k++) {
    const unit = model.touches[k] as bigint;
    const product = unit * (roles[k] as bigint);
    touches[k] = product;
    sum += unit;
    weighted += product;
  }
  if (model.pending === 0n) return { touches, pending: 0n };
  for (let k = 0; k < n; k++) touches[k] = (touches[k] as bigint) * sum;
  return { touches, pending: model.pending * weighted };
}
