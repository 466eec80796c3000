import { splitByWeights } from '../money/largest-remainder';

/**
 * Splits a deal's amount (minor units) over its journey by the model's weights with the
 * largest-remainder method (`splitByWeights`): every touch gets the floor of its exact
 * quota, and the cents left over go one each to the largest remainders, ties to the earlier
 * touch. So a deal's credits sum to its amount exactly, to the cent, and each is within one
 * cent of its exact share. A pending share (Marketo Measure style) is one more slot, kept
 * out of the touches.
 *
 * Participation splits the full amount within each distinct value's touches instead, so each
 * value receives the whole amount.
 *
 * @param groups the distinct value of each touch for participation, else null
 * @returns the amount of each touch and the pending amount
 */
export function splitDealAmount(
  amount: bigint,
  weights: readonly number[],
  pending: number,
  groups: readonly string[] | null,
): { parts: bigint[]; pending: bigint } {
  const n = weights.length;
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
      const split = splitByWeights(amount, new Array(list.length).fill(1));
      for (let m = 0; m < list.length; m++) parts[list[m] ?? 0] = split[m] ?? 0n;
    }
    return { parts, pending: 0n };
  }
  // Only slots with weight take part (a zero weight gets zero anyway): fewer, and one slot
  // needs no split at all. Equal weights split as equal integers, which is the same split.
  const slots: number[] = [];
  const owners: number[] = [];
  for (let k = 0; k < n; k++) {
    const w = weights[k] ?? 0;
    if (w > 0) {
      slots.push(w);
      owners.push(k);
    }
  }
  if (pending > 0) {
    slots.push(pending);
    owners.push(-1);
  }
  const parts: bigint[] = new Array(n).fill(0n);
  let pendingPart = 0n;
  if (slots.length === 0) return { parts, pending: 0n };
  let split: bigint[];
  if (slots.length === 1) split = [amount];
  else {
    const first = slots[0];
    split = splitByWeights(amount, slots.every((w) => w === first) ? slots.map(() => 1) : slots);
  }
  for (let s = 0; s < owners.length; s++) {
    const owner = owners[s] ?? -1;
    if (owner < 0) pendingPart = split[s] ?? 0n;
    else parts[owner] = split[s] ?? 0n;
  }
  return { parts, pending: pendingPart };
}
