import { describe, expect, it } from 'vitest';
import {
  account,
  meeting,
  move,
  person,
  strictDataset,
  user,
} from '../lifecycle/__fixtures__/builders';
import { Goal } from '../model/sales';
import { goalProgress } from './goal-progress';

const asOf = '2026-03-02T00:00:00Z';
const owner = (entityId: string, to: string, at: string) =>
  move(entityId, to, at, { field: 'owner' });

/*
 * Q1 2026 in UTC, measured on 2 March:
 *   p1  Enterprise, paid search: MQL 10 Jan, recycled 20 Jan, MQL again 15 Feb, SAL 16 Feb;
 *       owned by the queue, then the SDR s1
 *   p2  SMB, outbound: MQL 1 Feb, SAL 3 Feb; first owner the marketer m1
 *   p3  SMB, no source, owner a1: only stageDates, MQL 5 Jan
 *   p4  MQL 20 Dec 2025 (before the quarter)
 *   p5  in MQL with no entry time anywhere
 *   p6  MQL 7 Jan, deleted 1 Feb
 */
const data = strictDataset({
  users: [
    user('m1', 'marketing'),
    user('s1', 'sdr'),
    user('a1', 'sales'),
    user('q', null, { kind: 'queue' }),
  ],
  accounts: [account('ent', 'Enterprise'), account('smb', 'SMB')],
  people: [
    person('p1', {
      accountId: 'ent',
      ownerId: 's1',
      attribution: { original: { channel: 'paid_search' } },
    }),
    person('p2', {
      accountId: 'smb',
      ownerId: 's1',
      attribution: { original: { channel: 'outbound' } },
    }),
    person('p3', { accountId: 'smb', ownerId: 'a1', stageDates: { mql: '2026-01-05T00:00:00Z' } }),
    person('p4'),
    person('p5', { lifecycleStage: 'mql' }),
    person('p6', { deletedAt: '2026-02-01T00:00:00Z' }),
  ],
  changes: [
    move('p1', 'mql', '2026-01-10T00:00:00Z'),
    owner('p1', 'q', '2026-01-10T00:00:01Z'),
    owner('p1', 's1', '2026-01-11T00:00:00Z'),
    move('p1', 'lead', '2026-01-20T00:00:00Z'),
    move('p1', 'mql', '2026-02-15T00:00:00Z'),
    move('p1', 'sal', '2026-02-16T00:00:00Z'),
    owner('p2', 'm1', '2026-01-30T00:00:00Z'),
    move('p2', 'mql', '2026-02-01T00:00:00Z'),
    move('p2', 'sal', '2026-02-03T00:00:00Z'),
    move('p4', 'mql', '2025-12-20T00:00:00Z'),
    move('p6', 'mql', '2026-01-07T00:00:00Z'),
  ],
  activities: [
    meeting('m-a', '2026-02-01T15:00:00Z', { ownerId: 's1', personIds: ['p1'] }),
    meeting('m-b', '2026-02-02T15:00:00Z', { ownerId: 'a1', personIds: ['p2'] }),
    meeting('m-c', '2026-02-03T15:00:00Z', { ownerId: 's1', done: false }),
    meeting('m-d', '2026-02-04T15:00:00Z', { ownerId: null }),
    meeting('m-e', null, { ownerId: 's1' }),
    meeting('m-f', '2026-02-05T15:00:00Z', { ownerId: 's1', type: 'call' }),
  ],
});

function goal(fields: Partial<Goal>): Goal {
  return Goal.parse({
    id: 'g',
    name: 'Q1',
    metric: 'mqls',
    target: '10',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    teams: ['marketing'],
    ...fields,
  });
}

const teams = (r: ReturnType<typeof goalProgress>) =>
  Object.fromEntries(r.contributions.teams.map((t) => [t.team, t.actual]));

describe('goalProgress: MQLs, SALs and SQLs', () => {
  const mqls = goalProgress(data, goal({}), { asOf });

  it('counts every entry into the stage in the period, from history and stageDates', () => {
    // p1 on 10 Jan and 15 Feb, p2 on 1 Feb, p3 on 5 Jan (stageDates): 4.
    expect(mqls.actual).toBe('4');
    expect(mqls.contributing).toMatchObject({
      count: 4,
      entity: 'person',
      dealIds: [],
      recordIds: ['p1', 'p1', 'p2', 'p3'],
    });
    expect(mqls.quality).toEqual([
      expect.objectContaining({ code: 'current_stage_without_entry', ids: ['p5'] }),
    ]);
    expect(mqls.warnings).toEqual([
      expect.objectContaining({ code: 'record_deleted', ids: ['p6'] }),
    ]);
  });

  it('counts only first entries under stageCounting: first-entry', () => {
    const first = goalProgress(data, goal({}), { asOf, stageCounting: 'first-entry' });
    expect(first.actual).toBe('3');
  });

  it('counts SALs, and narrows to a segment', () => {
    expect(goalProgress(data, goal({ metric: 'sals' }), { asOf }).actual).toBe('2');
    expect(goalProgress(data, goal({ segment: 'Enterprise' }), { asOf }).actual).toBe('2');
    expect(goalProgress(data, goal({ metric: 'sqls' }), { asOf }).actual).toBe('0');
  });

  it('splits by lead source: paid search is marketing, outbound the SDRs, none sales', () => {
    expect(mqls.contributions.rule).toBe('lead-source');
    expect(teams(mqls)).toEqual({ marketing: '2', sdr: '1', sales: '1' });
    expect(mqls.contributions.teams.map((t) => t.share)).toEqual([0.5, 0.25, 0.25]);
  });

  it('splits by first owner: p1 the SDR (the queue skipped), p2 the marketer, p3 its owner', () => {
    const byOwner = goalProgress(data, goal({}), { asOf, sourcing: { rule: 'first-owner' } });
    expect(teams(byOwner)).toEqual({ marketing: '1', sdr: '2', sales: '1' });
  });

  it("counts only the goal's own teams' records when asked", () => {
    const own = goalProgress(data, goal({}), { asOf, scope: 'sourced-by-goal-teams' });
    expect(own.actual).toBe('2');
    expect(teams(own)).toEqual({ marketing: '2', sdr: '0', sales: '0' });
  });
});

describe('goalProgress: meetings', () => {
  it("counts held meetings owned by the goal's teams; reports those it cannot place", () => {
    const result = goalProgress(data, goal({ metric: 'meetings', teams: ['sdr'] }), { asOf });
    expect(result.actual).toBe('1');
    expect(result.contributing.recordIds).toEqual(['m-a']);
    expect(result.quality.map((q) => [q.code, q.ids])).toEqual([
      ['activity_missing_owner', ['m-d']],
      ['activity_missing_occurred_at', ['m-e']],
    ]);
  });

  it('counts every owner under meetings: any-owner', () => {
    const result = goalProgress(data, goal({ metric: 'meetings', teams: ['sdr'] }), {
      asOf,
      meetings: 'any-owner',
    });
    expect(result.contributing.recordIds).toEqual(['m-a', 'm-b', 'm-d']);
  });
});
