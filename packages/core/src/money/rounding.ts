/**
 * `numerator / denominator` rounded to an integer with **round half to even** (banker's
 * rounding): exact halves go to the even neighbour (0.5 → 0, 1.5 → 2, 2.5 → 2, −2.5 → −2);
 * everything else goes to the nearest integer.
 *
 * closedloop rounds money this way everywhere: rounding each of many converted or
 * prorated amounts half-up drifts totals upward, half-even does not (the IEEE 754 default,
 * also used by many ledgers and Python's `decimal`).
 *
 * @throws {RangeError} when `denominator` is zero.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twiceRemainder = (magnitude % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) {
    quotient += 1n;
  }
  return negative ? -quotient : quotient;
}
