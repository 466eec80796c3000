import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideHalfEven } from './rounding';

describe('divideHalfEven', () => {
  it('rounds exact halves to the even neighbour', () => {
    expect([1n, 3n, 5n, 7n].map((n) => divideHalfEven(n, 2n))).toEqual([0n, 2n, 2n, 4n]);
    expect([-1n, -3n, -5n].map((n) => divideHalfEven(n, 2n))).toEqual([0n, -2n, -2n]);
    expect(divideHalfEven(5n, -2n)).toBe(-2n);
  });

  it('rounds everything else to the nearest integer', () => {
    expect(divideHalfEven(7n, 3n)).toBe(2n); // 2.33
    expect(divideHalfEven(8n, 3n)).toBe(3n); // 2.67
    expect(divideHalfEven(-8n, 3n)).toBe(-3n);
  });

  it('rejects division by zero', () => {
    expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
  });

  it('is within half a unit of the exact quotient, and even on ties (property)', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 30n }), (n, d) => {
        const q = divideHalfEven(n, d);
        const error = q * d - n; // (q − n/d) × d
        const twice = 2n * (error < 0n ? -error : error);
        expect(twice <= d).toBe(true);
        if (twice === d) expect(q % 2n).toBe(0n);
      }),
    );
  });
});
