import { decimalUnits } from './weight-units';

/** Equal positive weights: every part gets ⌊total/n⌋ and the first `total mod n` one more. */
function equalSplit(totalMinor: bigint, n: number): bigint[] {
  const count = BigInt(n);
  const base = totalMinor / count;
  const extra = Number(totalMinor % count);
  const parts = new Array<bigint>(n);
  for (let i = 0; i < n; i++) parts[i] = i < extra ? base + 1n : base;
  return parts;
}

/**
 * Splits an integer amount (minor units) in proportion to integer units with the **largest
 * remainder method**, exactly: part `k`'s quota is `total × units[k] / Σunits`; every part
 * gets its floor and the units left over go one each to the parts with the largest
 * remainders `total × units[k] mod Σunits` — an exact integer comparison — equal remainders
 * to the lower index. The parts sum exactly to `totalMinor`, each is within one unit of its
 * quota, and a zero unit gets zero. A negative total is split as its magnitude, then negated.
 *
 * `splitByUnits(7n, [1n, 2n, 3n])` is `[1n, 2n, 4n]`.
 *
 * @param totalMinor the amount to split, in minor units
 * @param units one integer ≥ 0 per part, not all zero
 * @throws {RangeError} for no units, a negative unit, or all-zero units.
 */
export function splitByUnits(totalMinor: bigint, units: readonly bigint[]): bigint[] {
  const n = units.length;
  if (n === 0) throw new RangeError('splitByUnits needs at least one weight');
  let sum = 0n;
  let equal = true;
  const first = units[0] as bigint;
  for (let k = 0; k < n; k++) {
    const unit = units[k] as bigint;
    if (unit < 0n) throw new RangeError(`weight ${k} must be ≥ 0, got ${unit}`);
    sum += unit;
    if (unit !== first) equal = false;
  }
  if (sum === 0n) throw new RangeError('splitByUnits needs at least one weight above 0');
  if (totalMinor < 0n) return splitByUnits(-totalMinor, units).map((part) => -part);
  // Equal units leave equal remainders, which go to the lower indexes: no arithmetic needed.
  if (equal) return equalSplit(totalMinor, n);

  const parts = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let leftOver = totalMinor;
  for (let k = 0; k < n; k++) {
    const product = totalMinor * (units[k] as bigint);
    const part = product / sum;
    parts[k] = part;
    remainders[k] = product - part * sum;
    leftOver -= part;
  }
  if (leftOver === 0n) return parts;
  // Fewer units are left over than there are parts: rank the parts by remainder, largest
  // first, equal remainders in index order (a stable sort keeps it).
  const order = Array.from({ length: n }, (_, k) => k);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (let r = 0; leftOver > 0n; r++) {
    const k = order[r] as number;
    parts[k] = (parts[k] as bigint) + 1n;
    leftOver -= 1n;
  }
  return parts;
}

/**
 * Splits an integer amount (minor units) in proportion to weights with the **largest
 * remainder method**: every part gets the floor of its exact quota
 * `total × weight / Σweights`, and the units left over go one each to the parts with the
 * largest remainders; equal remainders go to the lower index. Each weight is read exactly as
 * written (`0.1` is 1/10), so `0.1 : 0.2` splits 1 : 2. The parts always sum exactly to
 * `totalMinor`, each is within one unit of its exact quota, and a zero weight gets zero. A
 * negative total is split as its magnitude, then negated.
 *
 * `splitByWeights(100n, [1, 1, 1])` is `[34n, 33n, 33n]`.
 *
 * @param totalMinor the amount to split, in minor units
 * @param weights one non-negative finite weight per part, not all zero
 * @throws {RangeError} for no weights, a negative or non-finite weight, or all-zero weights.
 */
export function splitByWeights(totalMinor: bigint, weights: readonly number[]): bigint[] {
  if (weights.length === 0) throw new RangeError('splitByWeights needs at least one weight');
  for (const [index, weight] of weights.entries()) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weight ${index} must be a finite number ≥ 0, got ${weight}`);
    }
  }
  if (weights.every((w) => w === 0)) {
    throw new RangeError('splitByWeights needs at least one weight above 0');
  }
  return splitByUnits(totalMinor, decimalUnits(weights));
}
