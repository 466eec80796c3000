import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryHistories, shuffled } from '../lifecycle/__fixtures__/arbitrary-histories';
import { strictDataset, user } from '../lifecycle/__fixtures__/builders';
import { stageEntries } from '../lifecycle/stage-entries';
import { funnel } from './funnel';
import type { FunnelOptions } from './options';

const rules = fc.record({
  backward: fc.constantFrom('keep-first' as const, 'last-pass' as const),
  method: fc.constantFrom('cohort' as const, 'period' as const),
  start: fc.integer({ min: 0, max: 80 }),
  length: fc.integer({ min: 0, max: 60 }),
});

type Rules = typeof rules extends fc.Arbitrary<infer T> ? T : never;

const day = (n: number) =>
  new Date(Date.parse('2026-01-01') + n * 86_400_000).toISOString().slice(0, 10);

function options(r: Rules): FunnelOptions {
  return {
    method: r.method,
    period: { start: day(r.start), end: day(r.start + r.length) },
    asOf: '2026-04-15T00:00:00Z',
    backward: r.backward,
    velocity: false,
  };
}

describe('funnel: properties', () => {
  it('under the cohort method with inferred skips, counts never increase down the stages', () => {
    fc.assert(
      fc.property(arbitraryHistories, rules, (input, r) => {
        const result = funnel(strictDataset(input), {
          ...options(r),
          method: 'cohort',
        });
        const counts = result.overall.stages.map((s) => s.count);
        for (let s = 1; s < counts.length; s++) {
          expect(counts[s]).toBeLessThanOrEqual(counts[s - 1] as number);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('does not depend on the order of people or changes, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryHistories, rules, fc.array(fc.integer()), (input, r, keys) => {
        const data = strictDataset(input);
        const reordered = strictDataset({
          people: shuffled(input.people ?? [], keys),
          changes: shuffled(input.changes ?? [], [...keys].reverse()),
        });
        const first = funnel(data, options(r));
        expect(funnel(reordered, options(r)).overall).toEqual(first.overall);
        expect(funnel(data, options(r))).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it('splits into groups that add up to the whole funnel', () => {
    fc.assert(
      fc.property(arbitraryHistories, rules, (input, r) => {
        const people = (input.people ?? []).map((p, i) => ({ ...p, ownerId: `u${i % 3}` }));
        const users = ['u0', 'u1', 'u2'].map((id) => user(id, 'sales'));
        const data = strictDataset({ ...input, people, users });
        const split = funnel(data, { ...options(r), by: 'owner' });
        expect(split.overall).toEqual(funnel(data, options(r)).overall);
        expect(split.groups.reduce((sum, g) => sum + (g.stages[0]?.count ?? 0), 0)).toBe(
          split.overall.stages[0]?.count,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('accounts for every counted record once in time in stage', () => {
    fc.assert(
      fc.property(arbitraryHistories, rules, (input, r) => {
        for (const stage of funnel(strictDataset(input), options(r)).overall.stages) {
          const t = stage.timeInStage;
          if (t === null) continue;
          expect(t.advanced + t.censored.count + t.exitedWithoutAdvancing + t.inferredEntries).toBe(
            stage.count,
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('under the period method, counts the entries stageEntries places in the period', () => {
    fc.assert(
      fc.property(arbitraryHistories, rules, (input, r) => {
        const data = strictDataset(input);
        const o = { ...options(r), method: 'period' as const };
        const from = Date.parse(o.period.start);
        const to = Date.parse(o.period.end) + 86_400_000;
        const entries = stageEntries(data, { asOf: o.asOf, backward: r.backward }).records;
        const expected = [0, 1, 2, 3, 4, 5].map(
          (s) =>
            entries.filter((e) => {
              const at = e.enteredAtMs[s];
              return at !== null && at !== undefined && at >= from && at < to;
            }).length,
        );
        expect(funnel(data, o).overall.stages.map((s) => s.count)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
