import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, exchangeRateFor, MissingExchangeRateError } from './convert';
import { parseDecimal } from './decimal';

describe('convert', () => {
  it('multiplies by units of the target per 1 unit of the source', () => {
    // 10.00 EUR × 1.085 USD/EUR = 10.85 USD
    expect(convert(1000n, 'EUR', 'USD', '1.085')).toBe(1085n);
    // 100.00 USD × 151.237 JPY/USD = 15123.7 JPY → 15124 (JPY has no minor digits)
    expect(convert(10000n, 'USD', 'JPY', '151.237')).toBe(15124n);
    // 1000 JPY × 0.0066 USD/JPY = 6.60 USD
    expect(convert(1000n, 'JPY', 'USD', '0.0066')).toBe(660n);
    // 1.000 KWD × 3.25 USD/KWD = 3.25 USD
    expect(convert(1000n, 'KWD', 'USD', '3.25')).toBe(325n);
  });

  it('rounds once, half-even', () => {
    // 0.01 EUR × 1.25 = 0.0125 USD → 1.25 cents → 1 (below half)
    expect(convert(1n, 'EUR', 'USD', '1.25')).toBe(1n);
    // 0.01 EUR × 1.5 = 1.5 cents → tie → 2 (even); 0.01 × 2.5 = 2.5 cents → 2 (even)
    expect(convert(1n, 'EUR', 'USD', '1.5')).toBe(2n);
    expect(convert(1n, 'EUR', 'USD', '2.5')).toBe(2n);
  });

  it('rejects zero, negative and malformed rates', () => {
    expect(() => convert(1n, 'EUR', 'USD', '0')).toThrow(RangeError);
    expect(() => convert(1n, 'EUR', 'USD', '-1.1')).toThrow(RangeError);
    expect(() => convert(1n, 'EUR', 'USD', '1,1')).toThrow(RangeError);
  });

  it('is within half a minor unit of the exact product (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(['EUR', 'USD'], ['USD', 'JPY'], ['JPY', 'KWD'], ['KWD', 'EUR']),
        (minor, rateDigits, rateScale, [from = 'EUR', to = 'USD']) => {
          const rate = (rateDigits / 10 ** rateScale).toFixed(rateScale);
          const { digits, scale } = parseDecimal(rate);
          const result = convert(minor, from, to, rate);
          const minorDigits: Record<string, bigint> = { EUR: 2n, USD: 2n, JPY: 0n, KWD: 3n };
          // exact = minor × digits × 10^dTo / 10^(dFrom + scale); check |result − exact| ≤ ½.
          const denominator = 10n ** ((minorDigits[from] ?? 0n) + BigInt(scale));
          const exactTimesDenominator = minor * digits * 10n ** (minorDigits[to] ?? 0n);
          const error = result * denominator - exactTimesDenominator;
          expect(2n * (error < 0n ? -error : error) <= denominator).toBe(true);
        },
      ),
    );
  });
});

describe('exchangeRateFor', () => {
  it('is 1 for the same currency and the given rate otherwise', () => {
    expect(exchangeRateFor('USD', 'USD', undefined)).toBe('1');
    expect(exchangeRateFor('EUR', 'USD', { EUR: '1.08' })).toBe('1.08');
  });

  it('throws a typed error naming the missing currency', () => {
    const attempt = () => exchangeRateFor('GBP', 'USD', { EUR: '1.08' });
    expect(attempt).toThrow(MissingExchangeRateError);
    expect(attempt).toThrow(/GBP/);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ currency: 'GBP', targetCurrency: 'USD' });
    }
  });

  it('ignores inherited keys', () => {
    expect(() => exchangeRateFor('constructor', 'USD', {})).toThrow(MissingExchangeRateError);
  });
});
