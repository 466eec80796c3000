import { splitByUnits } from '../money/largest-remainder';
import type { WeightUnits } from './rules/weight-units';

/**
 * Splits a deal's amount (minor units) over its journey by the model's exact weights (integer
 * units, see `WeightUnits`) with the largest-remainder method (`splitByUnits`): every touch
 * gets the floor of its exact quota, and the cents left over go one each to the largest
 * remainders, ties to the earlier touch — compared exactly, as integers. So a deal's credits
 * sum to its amount exactly, to the cent, and each is within one cent of its exact share. A
 * pending share (Marketo Measure style) is one more slot, after the touches.
 *
 * Participation splits the full amount within each distinct value's touches instead, so each
 * value receives the whole amount.
 *
 * @param groups the distinct value of each touch for participation, else null
 * @returns the amount of each touch and the pending amount
 */
export function splitDealAmount(
  amount: bigint,
  units: WeightUnits,
  groups: readonly string[] | null,
): { parts: bigint[]; pending: bigint } {
  const n = units.touches.length;
  if (groups) {
    const parts: bigint[] = new Array(n).fill(0n);
    const members = new Map<string, number[]>();
    for (let k = 0; k < n; k++) {
      const key = groups[k] ?? '';
      const list = members.get(key);
      if (list) list.push(k);
      else members.set(key, [k]);
    }
    for (const list of members.values()) {
      const split = splitByUnits(amount, new Array<bigint>(list.length).fill(1n));
      for (let m = 0; m < list.length; m++) parts[list[m] ?? 0] = split[m] ?? 0n;
    }
    return { parts, pending: 0n };
  }
  // Only slots with weight take part (a zero weight gets zero anyway): fewer, and one slot
  // needs no split at all.
  const slots: bigint[] = [];
  const owners: number[] = [];
  for (let k = 0; k < n; k++) {
    const unit = units.touches[k] ?? 0n;
    if (unit > 0n) {
      slots.push(unit);
      owners.push(k);
    }
  }
  if (units.pending > 0n) {
    slots.push(units.pending);
    owners.push(-1);
  }
  const parts: bigint[] = new Array(n).fill(0n);
  let pendingPart = 0n;
  if (slots.length === 0) return { parts, pending: 0n };
  const split =
    slots.length === 1 ? [amount] : (splitSmall(amount, slots) ?? splitByUnits(amount, slots));
  for (let s = 0; s < owners.length; s++) {
    const owner = owners[s] ?? -1;
    if (owner < 0) pendingPart = split[s] ?? 0n;
    else parts[owner] = split[s] ?? 0n;
  }
  return { parts, pending: pendingPart };
}

const EXACT = 2 ** 53;

/**
 * `splitByUnits` on plain numbers when every product `amount × unit` is an exact integer below
 * 2^53 (deal amounts in cents times rule units are, by far): the same floors, remainders and
 * ranking (largest remainder first, ties to the lower index), without a bigint per step.
 * Null when the amounts are too large or negative (then `splitByUnits` does it in bigints).
 */
export function splitSmall(amount: bigint, units: readonly bigint[]): bigint[] | null {
  if (amount < 0n || amount >= 2n ** 53n) return null;
  const total = Number(amount);
  const n = units.length;
  let sum = 0;
  let largest = 0;
  for (let k = 0; k < n; k++) {
    const unit = units[k] as bigint;
    if (unit < 0n || unit >= 2n ** 53n) return null;
    const u = Number(unit);
    sum += u;
    if (u > largest) largest = u;
  }
  if (!(sum > 0) || sum >= EXACT || total * largest >= EXACT) return null;
  const parts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let leftOver = total;
  for (let k = 0; k < n; k++) {
    const product = total * Number(units[k] as bigint);
    let part = Math.floor(product / sum);
    let remainder = product - part * sum;
    // The quotient is rounded: correct its floor by the exact integer remainder.
    if (remainder < 0) {
      part -= 1;
      remainder += sum;
    } else if (remainder >= sum) {
      part += 1;
      remainder -= sum;
    }
    parts[k] = part;
    remainders[k] = remainder;
    leftOver -= part;
  }
  if (leftOver > 0) {
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((a, b) => {
      const ra = remainders[a] as number;
      const rb = remainders[b] as number;
      return ra === rb ? a - b : rb - ra;
    });
    for (let r = 0; leftOver > 0; r++) {
      const k = order[r] as number;
      parts[k] = (parts[k] as number) + 1;
      leftOver -= 1;
    }
  }
  return parts.map((part) => BigInt(part));
}
