import { describe, expect, it } from 'vitest';
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
