import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frac, referenceSplit } from '../../money/__fixtures__/exact-split';
import { splitByUnits } from '../../money/largest-remainder';
import { DAY_MS, timeDecayUnits, timeDecayWeights } from './time-decay';

/** The units of gaps given in whole calendar days. */
function calendarUnits(days: number[], halfLife: number): bigint[] {
  const { relative } = timeDecayWeights(days, halfLife);
  return timeDecayUnits(days, 1, halfLife, relative).touches;
}

describe('timeDecayUnits', () => {
  it('is exact when every gap is a whole number of half-lives from the latest', () => {
    // 14, 7 and 0 days, half-life 7: weights 1/4 : 1/2 : 1.
    expect(calendarUnits([14, 7, 0], 7)).toEqual([1n, 2n, 4n]);
    // Half-life 0.5 days: 1 day is two half-lives.
    expect(
      calendarUnits(
        [1, 0.5, 0].map((d) => d * 2),
        0.5,
      ),
    ).toEqual([1n, 4n, 16n]);
    // Millisecond gaps: 3.5 days and 0 with a 3.5-day half-life.
    const gaps = [3.5 * DAY_MS, 0];
    const { relative } = timeDecayWeights(
      gaps.map((g) => g / DAY_MS),
      3.5,
    );
    expect(timeDecayUnits(gaps, DAY_MS, 3.5, relative).touches).toEqual([1n, 2n]);
  });

  it('splits like 2^(−gap/half-life) in exact fractions on whole half-lives (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 7),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 }),
        fc.oneof(fc.bigInt({ min: 0n, max: 300n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
        (halfLife, halfLives, amount) => {
          const days = halfLives.map((h) => h * halfLife);
          const units = calendarUnits(days, halfLife);
          const shares = halfLives.map((h) => frac(1n, 2n ** BigInt(h)));
          expect(splitByUnits(amount, units)).toEqual(referenceSplit(amount, shares));
        },
      ),
    );
  });

  it('ties equal gaps exactly to the earlier touch', () => {
    // 7, 7 and 0 days: 1 : 1 : 2. 6 cents → quotas 1.5, 1.5, 3: the cent to the first.
    const units = calendarUnits([7, 7, 0], 7);
    expect(splitByUnits(6n, units)).toEqual([2n, 1n, 3n]);
  });

  it('falls back to the float weights at their binary value when a ratio is irrational', () => {
    // 3 days at a 7-day half-life is 2^(-3/7), irrational: the floats, exactly as stored.
    const { relative } = timeDecayWeights([3, 3, 0], 7);
    const units = timeDecayUnits([3, 3, 0], 1, 7, relative);
    expect(units.touches[0]).toBe(units.touches[1]);
    const ratio = Number(units.touches[0]) / Number(units.touches[2]);
    expect(ratio).toBe(relative[0]);
  });

  it('keeps a weight that underflows to 0 at 0', () => {
    // 2000 half-lives back: 2^-2000 is 0 as a float, and stays 0 as a unit.
    const units = calendarUnits([2000, 0], 1);
    expect(units).toEqual([0n, 1n]);
  });
});
