import { currencyMinorUnits } from './currencies';
import { parseDecimal } from './decimal';
import { divideHalfEven } from './rounding';

/**
 * Exchange rates into one target currency, keyed by source currency code: each value is a
 * decimal string giving **units of the target currency per 1 unit of the key currency**.
 * With USD as target, `{ EUR: '1.08' }` means 1 EUR = 1.08 USD.
 */
export type ExchangeRates = Readonly<Record<string, string>>;

/** Thrown when an amount must be converted but no exchange rate for its currency was given. */
export class MissingExchangeRateError extends Error {
  override readonly name = 'MissingExchangeRateError';
  /** The currency that has no rate, e.g. `EUR`. */
  readonly currency: string;
  /** The currency it had to be converted into, e.g. `USD`. */
  readonly targetCurrency: string;

  constructor(currency: string, targetCurrency: string) {
    super(
      `no exchange rate from ${currency} to ${targetCurrency}: pass exchangeRates.${currency} ` +
        `(units of ${targetCurrency} per 1 ${currency})`,
    );
    this.currency = currency;
    this.targetCurrency = targetCurrency;
  }
}

/**
 * The rate to convert `from` into `to` (`"1"` when they are the same).
 * @throws {MissingExchangeRateError} when `rates` has no entry for `from`.
 */
export function exchangeRateFor(
  from: string,
  to: string,
  rates: ExchangeRates | undefined,
): string {
  if (from === to) return '1';
  if (rates && Object.hasOwn(rates, from)) {
    const rate = rates[from];
    if (rate !== undefined) return rate;
  }
  throw new MissingExchangeRateError(from, to);
}

/**
 * Converts an amount in minor units of `from` into minor units of `to` at `rate` (units of
 * `to` per 1 unit of `from`, a decimal string), rounding half-even once at the end:
 * `convert(1000n, 'EUR', 'USD', '1.085')` is `1085n` (10.00 EUR → 10.85 USD), and
 * `convert(10000n, 'USD', 'JPY', '151.237')` is `15124n`.
 * @throws {RangeError} for a rate that is not a positive decimal string, or an unknown currency.
 */
export function convert(minor: bigint, from: string, to: string, rate: string): bigint {
  const parsed = parseDecimal(rate);
  if (parsed.digits <= 0n) {
    throw new RangeError(`exchange rate ${from}→${to} must be positive, got "${rate}"`);
  }
  // minor_to = minor_from / 10^d_from × rate × 10^d_to, with rate = digits / 10^scale.
  const fromDigits = currencyMinorUnits(from);
  const toDigits = currencyMinorUnits(to);
  const numerator = minor * parsed.digits * 10n ** BigInt(toDigits);
  const denominator = 10n ** BigInt(fromDigits + parsed.scale);
  return divideHalfEven(numerator, denominator);
}
