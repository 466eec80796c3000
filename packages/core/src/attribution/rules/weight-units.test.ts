import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frac, referenceSplit } from '../../money/__fixtures__/exact-split';
import { splitByUnits } from '../../money/largest-remainder';
import { linearPerDistinctWeights } from './linear';
import { strengthWeights } from './strength';
import { perGroupUnits } from './weight-units';

describe('perGroupUnits', () => {
  it('gives every group the same units, shared by its touches', () => {
    // Groups of 1, 2 and 3 touches: the common multiple 6, so 6 | 3 3 | 2 2 2.
    expect(perGroupUnits([1, 2, 3, 2, 3, 3]).touches).toEqual([6n, 3n, 2n, 3n, 2n, 2n]);
  });

  it('is exactly linear per channel: 1/k per channel, shared by its touches', () => {
    const { units } = linearPerDistinctWeights(['a', 'b', 'b', 'c', 'c', 'c']);
    expect(units.touches).toEqual([6n, 3n, 3n, 2n, 2n, 2n]);
  });

  it('splits like 1/k per channel over its touches in exact fractions (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.oneof(fc.bigInt({ min: 0n, max: 500n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
        (keys, amount) => {
          const { units, distinct, groupSize } = linearPerDistinctWeights(keys);
          const shares = groupSize.map((size) => frac(1n, BigInt(distinct * size)));
          expect(splitByUnits(amount, units.touches)).toEqual(referenceSplit(amount, shares));
        },
      ),
    );
  });

  it('weighs data-driven channels by their strengths as written', () => {
    const strengths = new Map([
      ['a', 0.25],
      ['b', 0.5],
    ]);
    const { units } = strengthWeights(['a', 'b', 'b'], strengths);
    // a: 25, b: 50 shared by two → 25 each (on the common multiple 2: 50, 50, 50).
    expect(units.touches).toEqual([50n, 50n, 50n]);
  });
});
