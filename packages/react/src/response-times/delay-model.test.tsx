import { describe, expect, it } from 'vitest';
import { binDelays, DELAY_EDGES } from './delay-bins';
import { DELAY_KINDS, delayRows, delayValues, slaRule } from './delay-rows';
import { MIN_OWNER_SAMPLE, ownerMultiples } from './owner-multiples';
import { sampleResponse } from './response-times.fixtures';

describe('binDelays', () => {
  it('counts every value once into fixed log bins, an edge in the upper bin', () => {
    const bins = binDelays(
      [0, 0.5, 1, 4.9, 5, 60, 59.99, 1e6, -3].map((minutes, i) => ({ id: `e${i}`, minutes })),
    );
    expect(bins).toHaveLength(DELAY_EDGES.length + 1);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(9);
    expect(bins[0]).toMatchObject({ from: 0, to: 1, count: 3, ids: ['e0', 'e1', 'e8'] });
    expect(bins[1]).toMatchObject({ from: 1, to: 2, count: 1 });
    expect(bins[2]).toMatchObject({ from: 2, to: 5, count: 1 });
    expect(bins[3]).toMatchObject({ from: 5, to: 10, count: 1 });
    expect(bins.find((b) => b.from === 30)?.count).toBe(1);
    expect(bins.find((b) => b.from === 60)?.count).toBe(1);
    expect(bins.at(-1)).toMatchObject({ to: null, count: 1, ids: ['e7'] });
    expect(bins[0]?.share).toBeCloseTo(3 / 9);
  });

  it('returns every bin empty for no values', () => {
    expect(binDelays([]).every((b) => b.count === 0 && b.share === 0)).toBe(true);
  });
});

describe('response-time model on the sample', () => {
  const { evaluation, handoff } = sampleResponse({ scale: 0.5 });
  const times = evaluation.responseTimes.business;

  it('bins the same delays the core measured: counts and medians agree', () => {
    const rule = slaRule(evaluation.sales, 'business');
    expect(rule).toEqual({ kind: 'ownerDelay', minutes: 240 });
    const rows = delayRows(times, rule, handoff.ledger);
    for (const row of rows) {
      const total = row.bins?.reduce((sum, b) => sum + b.count, 0);
      expect(total, row.kind).toBe(row.distribution.count);
      const values = delayValues(handoff.ledger, row.kind)
        .map((v) => v.minutes)
        .sort((a, b) => a - b);
      // Episodes rejected before any touch have no delay and are not waiting (newer cores count them).
      const unseen = (row.distribution as { rejectedUnseen?: number }).rejectedUnseen ?? 0;
      expect(values.length + row.distribution.waiting + unseen).toBe(handoff.counts.mqls);
      if (row.distribution.p50 !== null) {
        const mid = (values.length - 1) / 2;
        const lo = values[Math.floor(mid)] as number;
        const hi = values[Math.ceil(mid)] as number;
        expect(row.distribution.p50).toBeCloseTo(lo + (hi - lo) * (mid - Math.floor(mid)), 6);
      }
    }
    expect(rows.map((r) => r.sla)).toEqual([null, null, 240]);
    const owner = rows[2];
    expect(owner?.withinSla).toBeGreaterThan(0);
    expect(owner?.withinSla).toBeLessThan(1);
  });

  it('draws no SLA on elapsed time and bounds speed to lead for an MQL clock', () => {
    expect(slaRule(evaluation.sales, 'elapsed')).toBeNull();
    const mql = { firstTouch: { ...evaluation.sales.firstTouch, clockStartsAt: 'mql' as const } };
    expect(slaRule(mql, 'business')?.kind).toBe('speedToLead');
    expect(delayRows(times, null, null).every((row) => row.bins === null)).toBe(true);
    expect(DELAY_KINDS).toEqual(['speedToLead', 'routingDelay', 'ownerDelay']);
  });

  it('splits owner delay by assignee, worst P90 first, small samples last', () => {
    const names = new Map(
      evaluation.sales.byOwner.flatMap((o) => (o.ownerId ? [[o.ownerId, o.name]] : [])),
    );
    const multiples = ownerMultiples(handoff.ledger, 'ownerDelay', names, 'Not assigned');
    expect(multiples.length).toBeGreaterThan(2);
    expect(multiples.some((m) => m.ownerId === null)).toBe(false);
    const total = multiples.reduce((sum, m) => sum + m.count, 0);
    expect(total).toBe(times.ownerDelay.count);
    const reliable = multiples.filter((m) => !m.small);
    for (let i = 1; i < reliable.length; i++) {
      expect(reliable[i - 1]?.p90 ?? 0).toBeGreaterThanOrEqual(reliable[i]?.p90 ?? 0);
    }
    const firstSmall = multiples.findIndex((m) => m.small);
    if (firstSmall >= 0) expect(multiples.slice(firstSmall).every((m) => m.small)).toBe(true);
    expect(multiples.every((m) => m.small === m.count < MIN_OWNER_SAMPLE)).toBe(true);
    expect(multiples.filter((m) => !m.name.startsWith('sample:')).length).toBeGreaterThan(0);
  });
});
