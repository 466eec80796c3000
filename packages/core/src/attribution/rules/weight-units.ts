/**
 * A model's weights on one journey as exact integers: touch `k`'s share of the deal is
 * `touches[k] / (Σ touches + pending)`. The largest-remainder split reads these, so the
 * cent left over by a tie goes to the earlier touch exactly as the rule says, which float
 * weights (0.1/3 + …) cannot promise.
 */
export interface WeightUnits {
  /** One integer ≥ 0 per journey touch. */
  touches: bigint[];
  /** The pending share (Marketo Measure style), 0n when none. */
  pending: bigint;
}

/** Every touch the same share: 1 unit each. */
export function equalUnits(length: number): WeightUnits {
  return { touches: new Array<bigint>(length).fill(1n), pending: 0n };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Each distinct group gets `groupUnits` of its key, shared equally by the group's touches:
 * touch `k` gets `groupUnits(k) × L / size(k)`, `L` the least common multiple of the sizes.
 * @param groupSize the size of each touch's group
 * @param groupUnits the units of each touch's group (the same for every touch of a group)
 */
export function perGroupUnits(
  groupSize: readonly number[],
  groupUnits: (k: number) => bigint = () => 1n,
): WeightUnits {
  let lcm = 1n;
  const seen = new Set<number>();
  for (const size of groupSize) {
    if (seen.has(size)) continue;
    seen.add(size);
    const s = BigInt(size);
    lcm = (lcm / gcd(lcm, s)) * s;
  }
  const touches = groupSize.map((size, k) => (groupUnits(k) * lcm) / BigInt(size));
  return { touches, pending: 0n };
}
