import { fromMinorUnits, toMinorUnits } from './decimal';

/**
 * The exact sum of amounts in one currency, as a decimal string with the currency's minor
 * digits: `sumAmounts(['0.10', '0.20'], 'USD')` is `"0.30"` (floats would give
 * 0.30000000000000004). Each amount is first brought to minor units (see `toMinorUnits`).
 * @throws {RangeError} for a malformed amount or an unknown currency.
 */
export function sumAmounts(amounts: readonly string[], currency: string): string {
  let total = 0n;
  for (const amount of amounts) total += toMinorUnits(amount, currency);
  return fromMinorUnits(total, currency);
}
