import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributePaths } from './index';
import { PATH_MODEL_NAMES } from './options';
import type { PathRow } from './types';

const rowArb: fc.Arbitrary<PathRow> = fc
  .record({
    path: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 6 }),
    conversions: fc.integer({ min: 0, max: 20 }),
    value: fc.integer({ min: 0, max: 5000 }).map((x) => x / 4),
    nulls: fc.integer({ min: 0, max: 20 }),
  })
  .map((r) => ({ ...r, value: r.conversions === 0 ? 0 : r.value }));
const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 12 });
const modelArb = fc.constantFrom(...PATH_MODEL_NAMES);
const orderArb = fc.integer({ min: 1, max: 4 });

const sum = (r: ReturnType<typeof attributePaths>, field: 'conversions' | 'value') =>
  r.channels.reduce((s, c) => s + c[field], 0);

describe('attributePaths properties (fast-check)', () => {
  it('credits sum to the total conversions and value (efficiency), for every model', () => {
    fc.assert(
      fc.property(rowsArb, modelArb, orderArb, (rows, model, order) => {
        const r = attributePaths(rows, { model, markov: { order } });
        const markovSilent = model === 'markov' && r.channels.every((c) => c.removalEffect === 0);
        if (markovSilent) return; // no conversion reachable: nothing to credit
        expect(sum(r, 'conversions')).toBeCloseTo(r.totals.conversions, 8);
        expect(sum(r, 'value')).toBeCloseTo(r.totals.value, 6);
      }),
    );
  });

  it('is deterministic and independent of row order', () => {
    fc.assert(
      fc.property(rowsArb, modelArb, orderArb, (rows, model, order) => {
        const options = { model, markov: { order } };
        const a = attributePaths(rows, options);
        expect(attributePaths(rows, options)).toEqual(a);
        const b = attributePaths([...rows].reverse(), options);
        for (const c of a.channels) {
          const other = b.channels.find((x) => x.channel === c.channel);
          expect(other?.conversions).toBeCloseTo(c.conversions, 8);
        }
      }),
    );
  });

  it('gives the same result when rows share path arrays (each distinct array encoded once)', () => {
    fc.assert(
      fc.property(rowsArb, modelArb, orderArb, fc.nat(), (rows, model, order, seed) => {
        const options = { model, markov: { order } };
        // Every row takes the array of an earlier row with the same channels, or its own.
        const byText = new Map<string, readonly string[]>();
        const shared = rows.map((r, i) => {
          const text = r.path.join('>');
          const path = (i + seed) % 2 === 0 ? (byText.get(text) ?? r.path) : r.path;
          byText.set(text, path);
          return { ...r, path };
        });
        expect(attributePaths(shared, options)).toEqual(attributePaths(rows, options));
      }),
    );
  });

  it('keeps Markov removal effects in [0, 1] and P(conv) = Σc / (Σc + Σu)', () => {
    fc.assert(
      fc.property(rowsArb, orderArb, fc.boolean(), (rows, order, collapseRepeats) => {
        const r = attributePaths(rows, { model: 'markov', markov: { order, collapseRepeats } });
        for (const c of r.channels) {
          expect(c.removalEffect).toBeGreaterThanOrEqual(0);
          expect(c.removalEffect).toBeLessThanOrEqual(1);
        }
        const journeys = r.totals.conversions + r.totals.nulls;
        if (journeys > 0)
          expect(r.markov?.conversionProbability).toBeCloseTo(r.totals.conversions / journeys, 10);
      }),
    );
  });

  it('gives exact Shapley (conversions) = simplified Shapley and sums rate values to v(N) − v(∅)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const exact = attributePaths(rows, { model: 'shapley' });
        const simple = attributePaths(rows, {
          model: 'shapley',
          shapley: { method: 'simplified' },
        });
        for (const c of exact.channels) {
          const s = simple.channels.find((x) => x.channel === c.channel);
          expect(c.conversions).toBeCloseTo(s?.conversions ?? Number.NaN, 8);
        }
        const rate = attributePaths(rows, {
          model: 'shapley',
          shapley: { valueFunction: 'conversion-rate' },
        });
        const all = new Set(rows.flatMap((r) => r.path));
        const full = rows.filter((r) => new Set(r.path).size === all.size);
        const conv = full.reduce((s, r) => s + r.conversions, 0);
        const journeys = full.reduce((s, r) => s + r.conversions + r.nulls, 0);
        const vN = journeys > 0 ? conv / journeys : 0;
        expect(rate.channels.reduce((s, c) => s + (c.shapleyValue ?? 0), 0)).toBeCloseTo(vN, 10);
      }),
    );
  });
});
