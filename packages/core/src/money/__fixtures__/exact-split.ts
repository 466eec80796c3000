/**
 * Test oracle: the largest-remainder split over exact rational shares (BigInt fractions),
 * written from its definition — quota `amount × share`, floors, the left-over units to the
 * largest remainders, equal remainders to the earlier slot. No integer scaling, no floats.
 */

/** An exact fraction `n / d`, `d > 0`. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `n / d` in lowest terms. */
export function frac(n: bigint, d = 1n): Fraction {
  if (d === 0n) throw new RangeError('zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n);
export const cmp = (a: Fraction, b: Fraction): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x === y ? 0 : x < y ? -1 : 1;
};
export const ZERO = frac(0n);
export const ONE = frac(1n);

/** `⌊a⌋` for a ≥ 0. */
const floor = (a: Fraction): bigint => a.n / a.d;

/**
 * The exact largest-remainder split of `amount ≥ 0` by shares ≥ 0 (not all zero); shares need
 * not sum to 1: each quota is `amount × share / Σshares`.
 */
export function referenceSplit(amount: bigint, shares: readonly Fraction[]): bigint[] {
  const total = shares.reduce(add, ZERO);
  const quotas = shares.map((share) => mul(frac(amount), div(share, total)));
  const parts = quotas.map(floor);
  let leftOver = amount - parts.reduce((a, b) => a + b, 0n);
  const remainders = quotas.map((quota, k) => ({ k, r: sub(quota, frac(parts[k] as bigint)) }));
  remainders.sort((x, y) => cmp(y.r, x.r) || x.k - y.k);
  for (const { k } of remainders) {
    if (leftOver === 0n) break;
    parts[k] = (parts[k] as bigint) + 1n;
    leftOver -= 1n;
  }
  return parts;
}
