import { toMinorUnits, UNATTRIBUTED_ROW } from '@closedloop/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonEvidence, comparisonRows, dodge } from './comparison-rows';
import { sampleComparison } from './model-comparison.fixtures';

const comparison = sampleComparison({ scale: 0.3 });
const cents = (amount: string) => toMinorUnits(amount, 'USD');

describe('comparisonRows', () => {
  const { rows, max } = comparisonRows(comparison, UNATTRIBUTED_ROW);

  it('has one row per channel in core order, with every model, unattributed last if present', () => {
    expect(rows.map((r) => r.channel)).toEqual(comparison.channels.map((c) => c.channel));
    for (const row of rows) expect(row.dots).toHaveLength(comparison.models.length);
    const flagged = rows.filter((r) => r.unattributed);
    expect(flagged.every((r) => r === rows.at(-1))).toBe(true);
  });

  it('keeps the exact values and deltas, and each additive column sums to its total', () => {
    comparison.models.forEach((model, k) => {
      if (!model.additive) return;
      const sum = rows.reduce((total, row) => total + cents(row.dots[k]?.amount ?? '0'), 0n);
      expect(sum).toBe(cents(model.total));
    });
    for (const row of rows) {
      for (const dot of row.dots) {
        expect(cents(dot.delta)).toBe(cents(dot.amount) - cents(row.dots[0]?.amount ?? '0'));
      }
    }
  });

  it('gives each changed value the ChannelDelta whose drivers sum to it', () => {
    let explained = 0;
    for (const row of rows) {
      for (const dot of row.dots.slice(1)) {
        if (dot.deltaValue === 0) {
          expect(dot.why).toBeNull();
          continue;
        }
        explained++;
        expect(dot.why?.channel).toBe(row.channel);
        expect(dot.why?.model).toBe(comparison.models[dot.model]?.label);
        const drivers = dot.why?.drivers.reduce((s, d) => s + cents(d.amount), 0n);
        expect(drivers).toBe(cents(dot.delta));
      }
    }
    expect(explained).toBe(comparison.deltas.length);
  });

  it('spans min and max per row, and the largest value overall', () => {
    for (const row of rows) {
      const values = row.dots.map((d) => d.value);
      expect(row.min).toBe(Math.min(...values));
      expect(row.max).toBe(Math.max(...values));
      expect(row.max).toBeLessThanOrEqual(max);
    }
    expect(max).toBe(Math.max(...rows.map((r) => r.max)));
  });

  it('gives a relative delta only against a non-zero baseline', () => {
    for (const row of rows) {
      for (const dot of row.dots) {
        if (row.baseline === 0) expect(dot.deltaRatio).toBeNull();
        else expect(dot.deltaRatio).toBeCloseTo(dot.deltaValue / row.baseline, 12);
      }
    }
  });
});

describe('dodge', () => {
  it('leaves separated dots on the centre line', () => {
    expect(dodge([0, 20, 40], 10, 6)).toEqual([0, 0, 0]);
  });

  it('spreads coinciding dots symmetrically, in model order', () => {
    expect(dodge([5, 5], 10, 6)).toEqual([-3, 3]);
    expect(dodge([5, 100, 5, 5], 10, 6)).toEqual([-6, 0, 0, 6]);
  });

  it('gives dots closer than the gap distinct offsets, centred on the row (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 8 }), (xs) => {
        const offsets = dodge(xs, 10, 6);
        for (let i = 0; i < xs.length; i++) {
          for (let j = i + 1; j < xs.length; j++) {
            // Dots within the gap are chained into one cluster, which never repeats an offset.
            if (Math.abs((xs[i] ?? 0) - (xs[j] ?? 0)) < 10) {
              expect(offsets[i]).not.toBe(offsets[j]);
            }
          }
        }
        const sum = offsets.reduce((s, o) => s + o, 0);
        expect(Math.abs(sum)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('comparisonEvidence', () => {
  it('lists the credited touches of a channel under a model, and their deals', () => {
    const channel = comparison.channels[0]?.channel ?? '';
    const evidence = comparisonEvidence(comparison, channel, 1, UNATTRIBUTED_ROW);
    const result = comparison.results[1];
    const expected = (result?.deals ?? [])
      .flatMap((d) => d.credits)
      .filter((c) => c.channel === channel && c.weight > 0);
    expect(evidence.touchIds).toEqual(expected.map((c) => c.touchId));
    expect(new Set(evidence.dealIds)).toEqual(new Set(expected.map((c) => c.dealId)));
  });

  it('lists unattributed and pending deals behind the unattributed row', () => {
    const evidence = comparisonEvidence(comparison, UNATTRIBUTED_ROW, 0, UNATTRIBUTED_ROW);
    const result = comparison.results[0];
    const expected = (result?.deals ?? []).filter(
      (d) => d.unattributed !== null || d.pendingWeight > 0,
    );
    expect(evidence.dealIds).toEqual(expected.map((d) => d.dealId));
    expect(evidence.touchIds).toEqual([]);
  });
});
