/**
 * Weights as exact integers on a common scale, for the largest-remainder split: two ways to
 * read a JavaScript number exactly.
 */

/**
 * A finite non-negative number as an exact decimal `digits / 10^scale`, read from its
 * shortest round-trip text (`0.1` is 1/10, not the binary double just above it), so
 * weights mean what the caller wrote.
 */
function parseDecimal(weight: number): { digits: bigint; scale: number } {
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

// Parsing a weight's text is the costly step and journeys repeat weights (0.4, 0.3, a role
// weight): remember recent ones. Cleared when full, so memory stays bounded.
const parsed = new Map<number, { digits: bigint; scale: number }>();

/**
 * A finite number ≥ 0 as the exact decimal it is written as: `digits / 10^scale`
 * (`0.225` → 225 / 10^3, `7` → 7 / 10^0).
 */
export function decimalOf(weight: number): { digits: bigint; scale: number } {
  let decimal = parsed.get(weight);
  if (decimal === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    decimal = parseDecimal(weight);
    parsed.set(weight, decimal);
  }
  return decimal;
}

/**
 * Weights as written (`0.4`, `0.225`, a role weight of `1.5`), exactly, as integers on one
 * decimal scale: `decimalUnits([0.4, 0.225])` is `[400n, 225n]`. Their ratios are the ratios
 * of the decimals the caller wrote, so `0.1 : 0.2` is exactly 1 : 2.
 * @param weights finite numbers ≥ 0 (not checked here)
 */
export function decimalUnits(weights: readonly number[]): bigint[] {
  const n = weights.length;
  const decimals = new Array<{ digits: bigint; scale: number }>(n);
  let scale = 0;
  for (let k = 0; k < n; k++) {
    const decimal = decimalOf(weights[k] as number);
    decimals[k] = decimal;
    if (decimal.scale > scale) scale = decimal.scale;
  }
  const units = new Array<bigint>(n);
  for (let k = 0; k < n; k++) {
    const { digits, scale: own } = decimals[k] as { digits: bigint; scale: number };
    units[k] = own === scale ? digits : digits * 10n ** BigInt(scale - own);
  }
  return units;
}

const view = new DataView(new ArrayBuffer(8));

/** A finite double ≥ 0 as `mantissa × 2^exponent`, both integers, exactly. */
function binaryParts(value: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  // Subnormals have no implicit leading bit and the exponent of the smallest normal.
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * Computed weights (`2^(−t/h)`, fitted strengths) at their exact binary value, as integers on
 * one power-of-two scale: `binaryUnits([0.5, 0.25, 0.75])` is `[2n, 1n, 3n]`. Nothing is
 * rounded, so weights whose ratio is a power of two keep it exactly.
 * @param values finite numbers ≥ 0 (not checked here)
 */
export function binaryUnits(values: readonly number[]): bigint[] {
  const n = values.length;
  const parts = new Array<{ mantissa: bigint; exponent: number }>(n);
  let lowest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const part = binaryParts(values[k] as number);
    parts[k] = part;
    if (part.mantissa !== 0n && part.exponent < lowest) lowest = part.exponent;
  }
  const units = new Array<bigint>(n);
  for (let k = 0; k < n; k++) {
    const { mantissa, exponent } = parts[k] as { mantissa: bigint; exponent: number };
    units[k] = mantissa === 0n ? 0n : mantissa << BigInt(exponent - lowest);
  }
  // Drop the common factors of two so the integers stay as small as the ratios allow.
  let shift = 0n;
  let all = 0n;
  for (const unit of units) all |= unit;
  while (all !== 0n && (all & 1n) === 0n) {
    all >>= 1n;
    shift += 1n;
  }
  if (shift > 0n) for (let k = 0; k < n; k++) units[k] = (units[k] as bigint) >> shift;
  return units;
}
