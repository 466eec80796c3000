import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByUnits } from '../money/largest-remainder';
import { splitSmall } from './credits';

describe('splitSmall', () => {
  it('splits exactly as splitByUnits whenever it answers, ties to the lower index', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(
          fc.oneof(
            fc.bigInt({ min: 0n, max: 12n }),
            fc.bigInt({ min: 1n, max: 10n ** 6n }),
            fc.constantFrom(0n, 1n, 2n, 4n, 10n, 30n, 225n),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (amount, units) => {
          fc.pre(units.some((u) => u > 0n));
          const small = splitSmall(amount, units);
          if (small !== null) expect(small).toEqual(splitByUnits(amount, units));
          // Amounts in cents times rule units well below 2^53 always take the fast path.
          if (amount < 10n ** 9n && units.every((u) => u < 10n ** 6n)) {
            expect(small).not.toBeNull();
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves negative and huge amounts to splitByUnits', () => {
    expect(splitSmall(-5n, [1n, 2n])).toBeNull();
    expect(splitSmall(2n ** 60n, [1n, 2n])).toBeNull();
    expect(splitSmall(2n ** 40n, [2n ** 20n, 1n])).toBeNull();
    expect(splitSmall(7n, [1n, 2n, 3n])).toEqual([1n, 2n, 4n]);
    expect(splitSmall(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
  });
});
