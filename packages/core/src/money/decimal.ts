import { currencyMinorUnits } from './currencies';
import { divideHalfEven } from './rounding';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** A decimal number held exactly: `value = digits / 10^scale` (`"12.50"` is `{ digits: 1250n, scale: 2 }`). */
export interface ScaledDecimal {
  /** The number times 10^scale, as an integer. */
  digits: bigint;
  /** How many digits sit after the decimal point. */
  scale: number;
}

/**
 * Parses a plain decimal string (`"1250"`, `"1250.5"`, `"-0.75"`) exactly, with no float.
 * @throws {RangeError} for anything else: exponents, thousands separators, spaces, `""`.
 */
export function parseDecimal(text: string): ScaledDecimal {
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new RangeError(`expected a decimal string such as "1250.00", got "${text}"`);
  }
  const fraction = match[3] ?? '';
  const digits = BigInt(`${match[2]}${fraction}`);
  return { digits: match[1] ? -digits : digits, scale: fraction.length };
}

/**
 * Re-expresses a decimal at another scale, rounding half-even when digits are dropped:
 * `rescale({ digits: 12345n, scale: 3 }, 2)` is `1234n` (12.345 → 12.34).
 */
export function rescale(value: ScaledDecimal, scale: number): bigint {
  if (scale >= value.scale) return value.digits * 10n ** BigInt(scale - value.scale);
  return divideHalfEven(value.digits, 10n ** BigInt(value.scale - scale));
}

/**
 * Formats `digits / 10^scale` as a plain decimal string with exactly `scale` fraction digits:
 * `formatScaled(-5n, 2)` is `"-0.05"`.
 */
export function formatScaled(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/**
 * An amount of money in the currency's minor units (cents for USD, yen for JPY, fils for
 * KWD): `toMinorUnits('1250.5', 'USD')` is `125050n`. Extra fraction digits are rounded
 * half-even (`'0.125'` USD → `12n`, `'0.135'` → `14n`), since CRMs export amounts such as
 * `"99.995"`.
 * @throws {RangeError} for a malformed amount or an unknown currency.
 */
export function toMinorUnits(amount: string, currency: string): bigint {
  return rescale(parseDecimal(amount), currencyMinorUnits(currency));
}

/**
 * The decimal string of an amount in minor units, with exactly the currency's fraction
 * digits: `fromMinorUnits(125050n, 'USD')` is `"1250.50"`, `fromMinorUnits(5n, 'JPY')` is `"5"`.
 * @throws {RangeError} for an unknown currency.
 */
export function fromMinorUnits(minor: bigint, currency: string): string {
  return formatScaled(minor, currencyMinorUnits(currency));
}
