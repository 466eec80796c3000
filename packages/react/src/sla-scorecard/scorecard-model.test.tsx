import type { Breach, MarketingAttainment } from '@closedloop/core';
import { describe, expect, it } from 'vitest';
import { breachesByOwner, sortBreaches, WORST_FIRST } from './breach-sort';
import { defaultThresholds, marketingRows, marketingStatus, salesStatus } from './pacing';

function attainment(overrides: Partial<MarketingAttainment> = {}): MarketingAttainment {
  return {
    metric: 'mqls',
    target: 180,
    actual: 90,
    currency: null,
    attainment: 0.5,
    elapsedFraction: 0.5,
    pacingBasis: 'calendar',
    pacing: 1,
    runRateForecast: 180,
    bySource: [],
    ...overrides,
  };
}

describe('marketing pacing', () => {
  it('grades pacing while the period runs and attainment once it has ended', () => {
    const t = defaultThresholds;
    expect(marketingStatus(attainment({ pacing: 1.2 }), t)).toBe('ahead');
    expect(marketingStatus(attainment({ pacing: 1 }), t)).toBe('on-track');
    expect(marketingStatus(attainment({ pacing: 0.95 }), t)).toBe('at-risk');
    expect(marketingStatus(attainment({ pacing: 0.6 }), t)).toBe('behind');
    expect(marketingStatus(attainment({ pacing: null }), t)).toBe('pending');
    const ended = { elapsedFraction: 1, pacing: 1.4 };
    expect(marketingStatus(attainment({ ...ended, attainment: 1.02 }), t)).toBe('met');
    expect(marketingStatus(attainment({ ...ended, attainment: 0.93 }), t)).toBe('at-risk');
    expect(marketingStatus(attainment({ ...ended, attainment: 0.5 }), t)).toBe('behind');
  });

  it('makes a row per scoped commitment after the whole, pro-rating the target', () => {
    const rows = marketingRows({
      marketing: attainment({ target: 180, actual: 90, elapsedFraction: 0.25, pacing: 2 }),
      marketingScopes: {
        by: 'segment',
        commitments: [
          { ...attainment({ target: 60, actual: 10, pacing: 0.5 }), key: 'SMB', label: 'SMB' },
          {
            ...attainment({
              metric: 'sourced_pipeline',
              target: '1000.50',
              actual: '250.25',
              currency: 'EUR',
            }),
            key: 'Ent',
            label: 'Enterprise',
          },
        ],
        unscoped: { actual: 0, byKey: [] },
      },
    });
    expect(rows.map((r) => [r.key, r.label, r.status])).toEqual([
      ['all', null, 'ahead'],
      ['SMB', 'SMB', 'behind'],
      ['Ent', 'Enterprise', 'on-track'],
    ]);
    expect(rows[0]?.expected).toBe(45);
    expect(rows[2]).toMatchObject({ target: 1000.5, actual: 250.25, currency: 'EUR' });
  });
});

describe('sales status', () => {
  it('meets the target, is at risk within the band, else breached', () => {
    const t = defaultThresholds;
    expect(salesStatus(0.95, t)).toBe('met');
    expect(salesStatus(0.9, t)).toBe('met');
    expect(salesStatus(0.85, t)).toBe('at-risk');
    expect(salesStatus(0.7, t)).toBe('breached');
    expect(salesStatus(null, t)).toBe('pending');
    expect(salesStatus(0.7, { ...t, salesTarget: 0.7 })).toBe('met');
  });
});

function breach(id: string, overrides: Partial<Breach>): Breach {
  // Cast: the fields tests read, whatever else core's Breach carries.
  return {
    responsible: 'owner',
    kind: 'late_first_touch',
    episodeId: id,
    personId: `p-${id}`,
    leadId: null,
    ownerId: 'u1',
    ownerName: 'Ana',
    campaignId: null,
    channel: 'email',
    clockStartedAt: '2026-04-01T10:00:00Z',
    deadlineAt: '2026-04-01T14:00:00Z',
    clockStoppedAt: null,
    stoppedBy: null,
    running: false,
    attempts: 0,
    overdueBusinessMinutes: 10,
    ...overrides,
  } as Breach;
}

describe('sortBreaches', () => {
  const list = [
    breach('a', { overdueBusinessMinutes: 5, ownerName: 'Zoe', ownerId: 'u2' }),
    breach('b', { overdueBusinessMinutes: 500, clockStartedAt: '2026-04-03T10:00:00Z' }),
    breach('c', {
      overdueBusinessMinutes: 50,
      ownerName: null,
      ownerId: null,
      kind: 'no_first_touch',
    }),
    breach('d', { overdueBusinessMinutes: 50, clockStartedAt: '2026-03-30T10:00:00Z' }),
  ];

  it('puts the worst first, ties by earliest clock', () => {
    expect(sortBreaches(list, WORST_FIRST).map((b) => b.episodeId)).toEqual(['b', 'd', 'c', 'a']);
    const ascending = sortBreaches(list, { key: 'overdue', direction: 'ascending' });
    expect(ascending.map((b) => b.episodeId)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts by owner with the unowned last, by clock and by kind', () => {
    expect(
      sortBreaches(list, { key: 'owner', direction: 'ascending' }).map((b) => b.episodeId),
    ).toEqual(['b', 'd', 'a', 'c']);
    expect(
      sortBreaches(list, { key: 'clockStartedAt', direction: 'descending' }).map(
        (b) => b.episodeId,
      ),
    ).toEqual(['b', 'c', 'a', 'd']);
    expect(sortBreaches(list, { key: 'kind', direction: 'ascending' })[0]?.episodeId).toBe('c');
    expect(list.map((b) => b.episodeId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('groups breaches by owner', () => {
    const byOwner = breachesByOwner(list);
    expect(byOwner.get('u1')?.map((b) => b.episodeId)).toEqual(['b', 'd']);
    expect(byOwner.get('')?.map((b) => b.episodeId)).toEqual(['c']);
  });
});
