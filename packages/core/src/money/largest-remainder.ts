/**
 * A finite non-negative number as an exact decimal `digits / 10^scale`, read from its
 * shortest round-trip text (`0.1` is 1/10, not the binary double just above it), so
 * weights mean what the caller wrote.
 */
function parseWeight(weight: number): { digits: bigint; scale: number } {
  const [mantissa = '0', exponentText = '0'] = weight.toString().toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - Number(exponentText);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

// Parsing a weight's text is the costly step and journeys repeat weights (1/n, 0.4, 0.2/k):
// remember recent ones. Cleared when full, so memory stays bounded.
const parsed = new Map<number, { digits: bigint; scale: number }>();

function weightAsDecimal(weight: number): { digits: bigint; scale: number } {
  let decimal = parsed.get(weight);
  if (decimal === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    decimal = parseWeight(weight);
    parsed.set(weight, decimal);
  }
  return decimal;
}

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
 * Splits an integer amount (minor units) in proportion to weights with the **largest
 * remainder method**: every part gets the floor of its exact quota
 * `total × weight / Σweights`, and the units left over go one each to the parts with the
 * largest remainders; equal remainders go to the lower index. The parts always sum exactly
 * to `totalMinor`, each is within one unit of its exact quota, and a zero weight gets zero.
 * A negative total is split as its magnitude, then negated.
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
  if (totalMinor < 0n) return splitByWeights(-totalMinor, weights).map((part) => -part);
  // Equal weights leave equal remainders, which go to the lower indexes: no arithmetic needed.
  const first = weights[0] as number;
  if (first > 0 && weights.every((w) => w === first)) return equalSplit(totalMinor, weights.length);

  // Bring all weights to one decimal scale so the arithmetic below is exact integers.
  const decimals = weights.map(weightAsDecimal);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const scaled = decimals.map((d) => d.digits * 10n ** BigInt(scale - d.scale));
  const weightSum = scaled.reduce((sum, w) => sum + w, 0n);
  if (weightSum === 0n) throw new RangeError('splitByWeights needs at least one weight above 0');

  const parts = scaled.map((w) => (totalMinor * w) / weightSum);
  const remainders = scaled.map((w, index) => ({ index, remainder: (totalMinor * w) % weightSum }));
  let leftOver = totalMinor - parts.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (leftOver === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftOver -= 1n;
  }
  return parts;
}
