import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../stats/quantiles';
import { quantile } from './quantile';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile(Float64Array.of(10, 3, 1, 2), 0.5)).toBe(2.5);
    expect(quantile(Float64Array.of(10, 3, 1, 2), 0.9)).toBeCloseTo(7.9);
    expect(quantile(new Float64Array(0), 0.5)).toBeNull();
  });

  it('is the quantile of the sorted values, whatever the order, repeats, NaN or -0', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1, Number.NaN, Number.POSITIVE_INFINITY),
      fc.integer({ min: 0, max: 3 }),
    );
    const order = fc.constantFrom('as drawn', 'ascending', 'descending');
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), order, (values, o) => {
        if (o !== 'as drawn') values.sort((a, b) => (o === 'ascending' ? a - b : b - a));
        const sorted = Float64Array.from(values).sort();
        const reordered = Float64Array.from(values);
        for (const q of [0, 0.5, 0.9, 1]) {
          expect(quantile(reordered, q)).toBe(quantileSorted(sorted, q));
        }
      }),
      { numRuns: 300 },
    );
  });
});
