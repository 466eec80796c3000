import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandShares } from './bands';
import { percentiles, quantileSorted } from './quantiles';

const MINUTE_BANDS = [
  { label: '0–5 min', to: 5 },
  { label: '5–60 min', to: 60 },
  { label: '1–24 h', to: 1440 },
  { label: '> 24 h', to: null },
];

describe('percentiles (type 7)', () => {
  it('interpolates between ranks', () => {
    // n = 4: h = 3p. P50: h = 1.5 → 2 + 0.5·1 = 2.5; P90: h = 2.7 → 3.7; P95: h = 2.85 → 3.85.
    const result = percentiles([4, 1, 3, 2]);
    expect(result.count).toBe(4);
    expect(result.p50).toBe(2.5);
    expect(result.p90).toBeCloseTo(3.7, 12);
    expect(result.p95).toBeCloseTo(3.85, 12);
  });

  it('gives the value itself for one value and null for none', () => {
    expect(percentiles([7])).toEqual({ count: 1, p50: 7, p90: 7, p95: 7 });
    expect(percentiles([])).toEqual({ count: 0, p50: null, p90: null, p95: null });
  });

  it('rejects p outside [0, 1]', () => {
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(RangeError);
  });

  it('is ordered, bounded by min and max, and ignores input order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1 }), (values) => {
        const result = percentiles(values);
        const min = Math.min(...values);
        const max = Math.max(...values);
        const p50 = result.p50 as number;
        const p90 = result.p90 as number;
        const p95 = result.p95 as number;
        expect(min).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(p95);
        expect(p95).toBeLessThanOrEqual(max);
        expect(percentiles([...values].reverse())).toEqual(result);
      }),
    );
  });
});

describe('bandShares', () => {
  it('puts a value on an edge in the upper band', () => {
    const bands = bandShares([0, 4.9, 5, 59, 60, 1439, 1440, 5000], MINUTE_BANDS);
    expect(bands.map((b) => [b.label, b.from, b.to, b.count, b.share])).toEqual([
      ['0–5 min', 0, 5, 2, 0.25],
      ['5–60 min', 5, 60, 2, 0.25],
      ['1–24 h', 60, 1440, 2, 0.25],
      ['> 24 h', 1440, null, 2, 0.25],
    ]);
  });

  it('has null shares without values', () => {
    expect(bandShares([], MINUTE_BANDS).every((b) => b.count === 0 && b.share === null)).toBe(true);
  });

  it('partitions every sample', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 1e5, noNaN: true })), (values) => {
        const bands = bandShares(values, MINUTE_BANDS);
        expect(bands.reduce((sum, b) => sum + b.count, 0)).toBe(values.length);
        if (values.length > 0) {
          expect(bands.reduce((sum, b) => sum + (b.share ?? 0), 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });
});
