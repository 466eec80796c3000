import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Fraction, frac, referenceSplit } from './__fixtures__/exact-split';
import { splitByUnits, splitByWeights } from './largest-remainder';

describe('splitByWeights', () => {
  it('gives left-over units to the largest remainders, ties to the lower index', () => {
    // 100 / 3 = 33 r 1 each: the one left-over cent goes to index 0.
    expect(splitByWeights(100n, [1, 1, 1])).toEqual([34n, 33n, 33n]);
    // quotas 10×0.5=5, 10×0.3=3, 10×0.2=2: exact.
    expect(splitByWeights(10n, [0.5, 0.3, 0.2])).toEqual([5n, 3n, 2n]);
    // quotas 7×1/6=1.1667, 7×2/6=2.333, 7×3/6=3.5 → floors 1,2,3 (6), left over 1 →
    // largest remainder is 0.5 at index 2.
    expect(splitByWeights(7n, [1, 2, 3])).toEqual([1n, 2n, 4n]);
    // weights read as written: 0.1 and 0.2 are 1:2 exactly.
    expect(splitByWeights(3n, [0.1, 0.2])).toEqual([1n, 2n]);
  });

  it('reads subnormal weights as written too', () => {
    // 6e-323 and 4.4e-323 are the texts of the doubles 12 and 9 × 2^-1074 (ratio 4:3): split
    // 6 : 4.4 as written, 220 gives 126.92 / 93.08 → 127 / 93, not 125.7 / 94.3.
    expect(splitByWeights(220n, [6e-323, 4.4e-323])).toEqual([127n, 93n]);
  });

  it('splits negatives as their magnitude', () => {
    expect(splitByWeights(-100n, [1, 1, 1])).toEqual([-34n, -33n, -33n]);
  });

  it('gives nothing to zero weights', () => {
    expect(splitByWeights(5n, [0, 1, 0, 1])).toEqual([0n, 3n, 0n, 2n]);
  });

  it('rejects empty, negative, non-finite and all-zero weights', () => {
    expect(() => splitByWeights(1n, [])).toThrow(RangeError);
    expect(() => splitByWeights(1n, [1, -1])).toThrow(RangeError);
    expect(() => splitByWeights(1n, [Number.NaN])).toThrow(RangeError);
    expect(() => splitByWeights(1n, [Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => splitByWeights(1n, [0, 0])).toThrow(RangeError);
  });

  // Normal doubles or 0: a subnormal weight (below 2^-1022) keeps so few bits that its
  // shortest text — which the split reads, "as written" — is up to a few per cent off its
  // binary value, so a float quota is no oracle there (see the example test below).
  const weight = fc.oneof(
    fc.constant(0),
    fc.double({ min: 2 ** -1022, max: 1e6, noNaN: true }),
    fc.integer({ min: 0, max: 100 }),
  );
  const weights = fc
    .array(weight, {
      minLength: 1,
      maxLength: 30,
    })
    .filter((ws) => ws.some((w) => w > 0));

  it('sums exactly to the total, each part within one unit of its quota (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), weights, (total, ws) => {
        const parts = splitByWeights(total, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
        for (const [index, part] of parts.entries()) {
          expect(part >= 0n).toBe(true);
          if (ws[index] === 0) expect(part).toBe(0n);
        }
        const sum = ws.reduce((a, b) => a + b, 0);
        for (const [index, part] of parts.entries()) {
          const quota = (Number(total) * (ws[index] ?? 0)) / sum;
          expect(Math.abs(Number(part) - quota)).toBeLessThanOrEqual(1 + quota * 1e-9);
        }
      }),
    );
  });

  it('is deterministic and treats equal weights evenly (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.integer({ min: 1, max: 40 }),
        (total, n) => {
          const parts = splitByWeights(
            total,
            Array.from({ length: n }, () => 1),
          );
          expect(
            splitByWeights(
              total,
              Array.from({ length: n }, () => 1),
            ),
          ).toEqual(parts);
          const base = total / BigInt(n);
          // The extra units go to the lowest indexes: parts never increase left to right.
          for (const [index, part] of parts.entries()) {
            expect(part === base || part === base + 1n).toBe(true);
            if (index > 0) expect(part <= (parts[index - 1] ?? 0n)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('splitByUnits', () => {
  it('splits exactly by integer units, ties to the lower index', () => {
    expect(splitByUnits(7n, [1n, 2n, 3n])).toEqual([1n, 2n, 4n]);
    // 1/3 each of 100: remainders equal, the left-over cent to index 0.
    expect(splitByUnits(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    // Position-based on 5 touches is 6 : 1 : 1 : 1 : 6 (0.4, 0.2/3 ×3, 0.4). 3 cents: quotas
    // 1.2, 0.2, 0.2, 0.2, 1.2 — every remainder is 0.2, so the left-over cent goes to the
    // first touch. (Float weights had 0.2/3 = 0.06666666666666667, a hair above 1/15, and
    // gave it to the first middle touch.)
    expect(splitByUnits(3n, [6n, 1n, 1n, 1n, 6n])).toEqual([2n, 0n, 0n, 0n, 1n]);
    expect(splitByUnits(-3n, [6n, 1n, 1n, 1n, 6n])).toEqual([-2n, 0n, 0n, 0n, -1n]);
    expect(splitByUnits(5n, [0n, 1n, 0n, 1n])).toEqual([0n, 3n, 0n, 2n]);
  });

  it('rejects empty, negative and all-zero units', () => {
    expect(() => splitByUnits(1n, [])).toThrow(RangeError);
    expect(() => splitByUnits(1n, [1n, -1n])).toThrow(RangeError);
    expect(() => splitByUnits(1n, [0n, 0n])).toThrow(RangeError);
  });

  it('equals the exact rational largest remainder, tie cents included (property)', () => {
    // Small units make equal remainders common, so the tie rule is exercised, not just sums.
    const units = fc
      .array(fc.oneof(fc.bigInt({ min: 0n, max: 12n }), fc.bigInt({ min: 0n, max: 10n ** 20n })), {
        minLength: 1,
        maxLength: 25,
      })
      .filter((us) => us.some((u) => u > 0n));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), units, (total, us) => {
        const shares: Fraction[] = us.map((u) => frac(u));
        expect(splitByUnits(total, us)).toEqual(referenceSplit(total, shares));
      }),
      { numRuns: 500 },
    );
  });
});
