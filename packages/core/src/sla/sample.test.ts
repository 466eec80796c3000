import { describe, expect, it } from 'vitest';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS,
} from '../sample/index';
import { evaluateSla } from './evaluate-sla';
import type { BreachKind } from './types';

const dataset = generateSampleDataset({ seed: 1, scale: 1 });
const sla = (clockStartsAt: 'mql' | 'assignment') => ({
  businessHours: SAMPLE_BUSINESS_HOURS,
  marketing: { metric: 'mqls' as const, target: 180, per: 'quarter' as const },
  sales: {
    firstTouch: { withinBusinessHours: SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS, clockStartsAt },
    attempts: { min: 3, withinBusinessDays: 5 },
  },
});

describe('evaluateSla on the sample dataset', () => {
  it('exercises every breach kind in the as-of quarter', () => {
    for (const clock of ['mql', 'assignment'] as const) {
      const result = evaluateSla(dataset, sla(clock), { asOf: SAMPLE_AS_OF });
      const kinds = new Set(result.breaches.map((b) => b.kind));
      expect([...kinds].sort()).toEqual([
        'late_first_touch',
        'no_first_touch',
        'too_few_attempts',
      ] satisfies BreachKind[]);
      expect(result.breaches.some((b) => b.running)).toBe(true);
      expect(result.sales.attempts?.running).toBeGreaterThan(0);
    }
  });

  it('leaves unrouted MQLs out of the assignment clock and blames the queue on the MQL clock', () => {
    const fromAssignment = evaluateSla(dataset, sla('assignment'), { asOf: SAMPLE_AS_OF });
    const fromMql = evaluateSla(dataset, sla('mql'), { asOf: SAMPLE_AS_OF });
    expect(fromAssignment.sales.firstTouch.notStarted).toBeGreaterThan(0);
    expect(fromMql.sales.firstTouch.notStarted).toBe(0);
    const queue = dataset.users.find((u) => u.kind === 'queue')?.id;
    expect(fromMql.breaches.some((b) => b.ownerId === queue && b.kind === 'no_first_touch')).toBe(
      true,
    );
  });

  it('paces marketing and measures every quarter', () => {
    const previous = evaluateSla(dataset, sla('assignment'), {
      asOf: SAMPLE_AS_OF,
      cycle: 'previous',
    });
    expect(previous.period).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(previous.marketing.elapsedFraction).toBe(1);
    expect(previous.sales.firstTouch.running).toBe(0);
    const current = evaluateSla(dataset, sla('assignment'), { asOf: SAMPLE_AS_OF });
    expect(current.marketing.elapsedFraction).toBeGreaterThan(0.4);
    expect(current.marketing.elapsedFraction).toBeLessThan(0.6);
  });

  it('splits the MQL commitment by segment and by rep without losing an MQL', () => {
    const all = evaluateSla(dataset, sla('assignment'), { asOf: SAMPLE_AS_OF });
    const bySegment = evaluateSla(
      dataset,
      {
        ...sla('assignment'),
        marketing: ['Enterprise', 'Mid-Market', 'SMB'].map((segment) => ({
          metric: 'mqls' as const,
          target: 60,
          per: 'quarter' as const,
          segment,
        })),
      },
      { asOf: SAMPLE_AS_OF },
    );
    const scopes = bySegment.marketingScopes;
    expect(scopes?.commitments.map((c) => c.key)).toEqual(['Enterprise', 'Mid-Market', 'SMB']);
    for (const c of scopes?.commitments ?? []) expect(c.actual).toBeGreaterThan(0);
    const scoped = (scopes?.commitments ?? []).reduce((sum, c) => sum + Number(c.actual), 0);
    expect(bySegment.marketing).toMatchObject({ target: 180, actual: scoped });
    expect(scoped + Number(scopes?.unscoped.actual)).toBe(all.marketing.actual);

    const reps = [...new Set(all.sales.byOwner.map((o) => o.ownerId))].filter(
      (id): id is string =>
        id !== null && dataset.users.some((u) => u.id === id && u.kind !== 'queue'),
    );
    const byRep = evaluateSla(
      dataset,
      {
        ...sla('assignment'),
        marketing: reps.map((ownerId) => ({
          metric: 'mqls' as const,
          target: 10,
          per: 'quarter' as const,
          ownerId,
        })),
      },
      { asOf: SAMPLE_AS_OF },
    );
    const repScopes = byRep.marketingScopes;
    expect(repScopes?.by).toBe('owner');
    const credited = (repScopes?.commitments ?? []).reduce((sum, c) => sum + Number(c.actual), 0);
    expect(credited + Number(repScopes?.unscoped.actual)).toBe(all.marketing.actual);
    expect(repScopes?.commitments.some((c) => Number(c.actual) > 0)).toBe(true);
  });
});
