import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryUnits, decimalOf, decimalUnits } from './weight-units';

describe('decimalUnits', () => {
  it('reads weights as written on one decimal scale', () => {
    expect(decimalUnits([0.4, 0.225, 1])).toEqual([400n, 225n, 1000n]);
    expect(decimalUnits([0.1, 0.2])).toEqual([1n, 2n]);
    expect(decimalUnits([1e21, 5])).toEqual([10n ** 21n, 5n]);
    expect(decimalUnits([1e-7, 0])).toEqual([1n, 0n]);
    expect(decimalOf(0.225)).toEqual({ digits: 225n, scale: 3 });
    expect(decimalOf(7)).toEqual({ digits: 7n, scale: 0 });
  });

  it('keeps the ratio of the written decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (a, b) => {
          // a/1000 and b/1000 are written with at most three decimals: their units are a : b.
          const [ua, ub] = decimalUnits([a / 1000, b / 1000]) as [bigint, bigint];
          expect(ua * BigInt(b)).toBe(ub * BigInt(a));
        },
      ),
    );
  });
});

describe('binaryUnits', () => {
  it('reads floats at their exact binary value', () => {
    expect(binaryUnits([0.5, 0.25, 0.75])).toEqual([2n, 1n, 3n]);
    expect(binaryUnits([1, 2 ** -1074])).toEqual([2n ** 1074n, 1n]);
    expect(binaryUnits([0, 3])).toEqual([0n, 3n]);
    // 0.1 is not 1/10 in binary: 0.1 = 3602879701896397 × 2^-55, and 0.2 twice that.
    expect(binaryUnits([0.1, 0.2])).toEqual([3602879701896397n, 7205759403792794n]);
    expect(binaryUnits([0.1, 1])).toEqual([3602879701896397n, 2n ** 55n]);
  });

  it("gives units whose ratios are the floats' ratios (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-100, max: 1e100, noNaN: true }), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.integer({ min: -60, max: 60 }),
        (values, shift) => {
          const units = binaryUnits(values);
          for (let k = 1; k < values.length; k++) {
            const ratio = Number(units[k]) / Number(units[0]);
            const expected = (values[k] as number) / (values[0] as number);
            expect(Math.abs(ratio - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-15);
          }
          // Scaling every value by a power of two changes no unit.
          const scaled = values.map((v) => v * 2 ** shift);
          expect(binaryUnits(scaled)).toEqual(units);
        },
      ),
    );
  });
});
