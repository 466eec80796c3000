import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScaled, fromMinorUnits, parseDecimal, toMinorUnits } from './decimal';
import { sumAmounts } from './sum';

const currencies = ['USD', 'EUR', 'JPY', 'KWD', 'CLP', 'BHD'];

describe('toMinorUnits / fromMinorUnits', () => {
  it('uses each currency’s minor units', () => {
    expect(toMinorUnits('1250.5', 'USD')).toBe(125050n);
    expect(toMinorUnits('1250', 'JPY')).toBe(1250n);
    expect(toMinorUnits('1.5', 'KWD')).toBe(1500n);
    expect(fromMinorUnits(125050n, 'USD')).toBe('1250.50');
    expect(fromMinorUnits(5n, 'USD')).toBe('0.05');
    expect(fromMinorUnits(-5n, 'USD')).toBe('-0.05');
    expect(fromMinorUnits(1250n, 'JPY')).toBe('1250');
    expect(fromMinorUnits(1n, 'KWD')).toBe('0.001');
  });

  it('rounds extra fraction digits half-even', () => {
    expect(toMinorUnits('0.125', 'USD')).toBe(12n); // tie → even 12
    expect(toMinorUnits('0.135', 'USD')).toBe(14n); // tie → even 14
    expect(toMinorUnits('0.1251', 'USD')).toBe(13n); // above the tie
    expect(toMinorUnits('99.995', 'USD')).toBe(10000n); // tie → even 10000
    expect(toMinorUnits('2.5', 'JPY')).toBe(2n);
    expect(toMinorUnits('-0.125', 'USD')).toBe(-12n);
  });

  it('rejects malformed amounts and unknown currencies', () => {
    for (const bad of ['', '1e5', '1,000.00', ' 1', '.5', '1.', '+1', 'NaN']) {
      expect(() => toMinorUnits(bad, 'USD')).toThrow(RangeError);
    }
    expect(() => toMinorUnits('1', 'XXX')).toThrow(RangeError);
  });

  it('round-trips minor units through text (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.constantFrom(...currencies),
        (minor, currency) => {
          expect(toMinorUnits(fromMinorUnits(minor, currency), currency)).toBe(minor);
        },
      ),
    );
  });

  it('round-trips decimal text with at most the minor digits (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.constantFrom(...currencies),
        (minor, currency) => {
          const text = fromMinorUnits(minor, currency);
          expect(fromMinorUnits(toMinorUnits(text, currency), currency)).toBe(text);
        },
      ),
    );
  });
});

describe('sumAmounts', () => {
  it('sums exactly where floats drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(['0.10', '0.20'], 'USD')).toBe('0.30');
    expect(
      sumAmounts(
        Array.from({ length: 10 }, () => '0.1'),
        'USD',
      ),
    ).toBe('1.00');
    expect(sumAmounts([], 'EUR')).toBe('0.00');
    expect(sumAmounts(['9007199254740993.01', '0.01'], 'USD')).toBe('9007199254740993.02');
  });

  it('equals the integer sum of the parts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 18n }), { maxLength: 50 }),
        fc.constantFrom(...currencies),
        (minors, currency) => {
          const texts = minors.map((m) => fromMinorUnits(m, currency));
          const total = minors.reduce((a, b) => a + b, 0n);
          expect(sumAmounts(texts, currency)).toBe(fromMinorUnits(total, currency));
          // Order does not matter.
          expect(sumAmounts([...texts].reverse(), currency)).toBe(sumAmounts(texts, currency));
        },
      ),
    );
  });
});

describe('parseDecimal / formatScaled', () => {
  it('parses without floats', () => {
    expect(parseDecimal('12.50')).toEqual({ digits: 1250n, scale: 2 });
    expect(parseDecimal('-0.75')).toEqual({ digits: -75n, scale: 2 });
    expect(parseDecimal('123456789012345678901234567890')).toEqual({
      digits: 123456789012345678901234567890n,
      scale: 0,
    });
  });

  it('formats with exactly the scale', () => {
    expect(formatScaled(0n, 2)).toBe('0.00');
    expect(formatScaled(123n, 0)).toBe('123');
    expect(formatScaled(-123n, 3)).toBe('-0.123');
  });
});
