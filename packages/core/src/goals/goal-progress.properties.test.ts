import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../lifecycle/__fixtures__/arbitrary-histories';
import { deal, move, person, strictDataset, user } from '../lifecycle/__fixtures__/builders';
import type { DatasetInput } from '../model/dataset';
import { Goal } from '../model/sales';
import { Channel, type GoalMetric } from '../model/vocabulary';
import { parseDecimal } from '../money/decimal';
import { goalProgress } from './goal-progress';

const DAY = 86_400_000;
const at = (day: number) => new Date(Date.parse('2025-12-15T10:00:00Z') + day * DAY).toISOString();
const channel = fc.option(fc.constantFrom(...Channel.options), { nil: null });

/** Random people (with MQL entries and owners) and deals over Q1 2026 and around it. */
const arbitraryData = fc
  .record({
    people: fc.array(
      fc.record({
        channel,
        owner: fc.constantFrom(null, 'm', 's', 'a'),
        mqls: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 3 }),
      }),
      { maxLength: 12 },
    ),
    deals: fc.array(
      fc.record({
        cents: fc.integer({ min: 0, max: 10_000_000 }),
        euro: fc.boolean(),
        day: fc.integer({ min: 0, max: 120 }),
        status: fc.constantFrom('won' as const, 'lost' as const),
        channel,
        contact: fc.option(fc.nat(11), { nil: null }),
      }),
      { maxLength: 15 },
    ),
  })
  .map(({ people, deals }): Partial<DatasetInput> => {
    const ids = people.map((_, i) => `p${i}`);
    return {
      users: [user('m', 'marketing'), user('s', 'sdr'), user('a', 'sales')],
      people: people.map((p, i) =>
        person(`p${i}`, {
          ownerId: p.owner,
          attribution: { original: p.channel === null ? null : { channel: p.channel } },
        }),
      ),
      changes: people.flatMap((p, i) => p.mqls.map((d) => move(`p${i}`, 'mql', at(d)))),
      deals: deals.map((d, i) =>
        deal(`d${i}`, {
          status: d.status,
          createdAt: at(d.day),
          closedAt: at(d.day),
          amount: { amount: (d.cents / 100).toFixed(2), currency: d.euro ? 'EUR' : 'USD' },
          originalSource: d.channel === null ? null : { channel: d.channel },
          contacts:
            d.contact === null || ids[d.contact] === undefined
              ? []
              : [{ personId: ids[d.contact] as string, primary: true }],
        }),
      ),
    };
  });

const metric = fc.constantFrom<GoalMetric>('revenue', 'pipeline', 'deals_won', 'mqls');
const rule = fc.constantFrom('lead-source' as const, 'first-owner' as const);

function goalOf(m: GoalMetric): Goal {
  const money = m === 'revenue' || m === 'pipeline';
  return Goal.parse({
    id: 'g',
    name: 'g',
    metric: m,
    target: '1000',
    currency: money ? 'USD' : null,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    teams: ['marketing'],
  });
}

const options = (r: 'lead-source' | 'first-owner') => ({
  asOf: '2026-03-15T00:00:00Z',
  exchangeRates: { EUR: '1.1' },
  sourcing: { rule: r },
});

describe('goalProgress: properties', () => {
  it('team contributions add up to the actual exactly, under either sourcing rule', () => {
    fc.assert(
      fc.property(arbitraryData, metric, rule, (input, m, r) => {
        const result = goalProgress(strictDataset(input), goalOf(m), options(r));
        const scale = parseDecimal(result.actual).scale;
        const sum = result.contributions.teams.reduce(
          (total, t) => total + parseDecimal(t.actual).digits,
          0n,
        );
        expect(sum).toBe(parseDecimal(result.actual).digits);
        expect(
          result.contributions.teams.every((t) => parseDecimal(t.actual).scale === scale),
        ).toBe(true);
        expect(result.contributions.teams.reduce((n, t) => n + t.count, 0)).toBe(
          result.contributing.count,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on record order, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryData, metric, rule, fc.array(fc.integer()), (input, m, r, keys) => {
        const data = strictDataset(input);
        const reordered = strictDataset({
          ...input,
          people: shuffled(input.people ?? [], keys),
          deals: shuffled(input.deals ?? [], keys),
          changes: shuffled(input.changes ?? [], [...keys].reverse()),
        });
        const first = goalProgress(data, goalOf(m), options(r));
        const again = goalProgress(reordered, goalOf(m), options(r));
        expect(again.actual).toBe(first.actual);
        expect(again.contributions).toEqual(first.contributions);
        expect([...again.contributing.recordIds].sort()).toEqual(
          [...first.contributing.recordIds].sort(),
        );
        expect(goalProgress(data, goalOf(m), options(r))).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});
