import { describe, expect, it } from 'vitest';
import { deal, move, person, strictDataset } from '../lifecycle/__fixtures__/builders';
import { Goal } from '../model/sales';
import { backSolveGoal } from './back-solve';
import { UnsupportedGoalMetricError } from './errors';

const day = (d: string) => `2026-${d}T00:00:00Z`;
const path = (id: string, stages: [string, string][]) =>
  stages.map(([stage, d]) => move(id, stage, day(d)));
const usd = (amount: string) => ({ amount, currency: 'USD' });

/*
 * Q1 2026 is the measuring window. Ten leads entered then:
 *   w  lead 2 Jan → MQL 12 → SAL 13 → SQL 22 → opportunity 1 Feb → won 3 Mar
 *   x  lead 3 Jan → MQL 5 → SAL 6 → SQL 8 → opportunity 20 Jan
 *   y, z  lead → MQL → SAL;  v  lead → MQL → back to lead;  l1…l5  leads only
 * lead→MQL 5/10 = 0.5, MQL→SAL 4/5 = 0.8, SAL→SQL 2/4 = 0.5, SQL→opportunity 2/2 = 1.
 * Deals closed in Q1: won 20 000 and 30 000 (average 25 000), lost two: win rate 0.5.
 */
const data = strictDataset({
  people: ['w', 'x', 'y', 'z', 'v', 'l1', 'l2', 'l3', 'l4', 'l5'].map((id) => person(id)),
  changes: [
    ...path('w', [
      ['lead', '01-02'],
      ['mql', '01-12'],
      ['sal', '01-13'],
      ['sql', '01-22'],
      ['opportunity', '02-01'],
      ['customer', '03-03'],
    ]),
    ...path('x', [
      ['lead', '01-03'],
      ['mql', '01-05'],
      ['sal', '01-06'],
      ['sql', '01-08'],
      ['opportunity', '01-20'],
    ]),
    ...path('y', [
      ['lead', '01-04'],
      ['mql', '01-06'],
      ['sal', '01-07'],
    ]),
    ...path('z', [
      ['lead', '01-05'],
      ['mql', '01-07'],
      ['sal', '01-09'],
    ]),
    ...path('v', [
      ['lead', '01-06'],
      ['mql', '01-08'],
      ['lead', '01-10'],
    ]),
    ...['l1', 'l2', 'l3', 'l4', 'l5'].map((id, i) => move(id, 'lead', day(`01-1${i}`))),
  ],
  deals: [
    deal('a', { status: 'won', amount: usd('20000'), closedAt: day('02-10') }),
    deal('b', { status: 'won', amount: usd('30000'), closedAt: day('03-03') }),
    deal('c', { status: 'lost', closedAt: day('02-20') }),
    deal('d', { status: 'lost', closedAt: day('03-20') }),
    deal('old', { status: 'lost', closedAt: '2025-12-01T00:00:00Z' }),
    deal('no-amount', { status: 'won', amount: null, closedAt: day('03-05') }),
  ],
});

const q3 = Goal.parse({
  id: 'q3',
  name: 'Q3 revenue',
  metric: 'revenue',
  target: '100000',
  currency: 'USD',
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
  teams: ['marketing', 'sales'],
});
const options = { asOf: day('06-30'), window: { start: '2026-01-01', end: '2026-03-31' } };

describe('backSolveGoal', () => {
  const plan = backSolveGoal(data, q3, options);

  it('shows the measured inputs', () => {
    // Three won deals closed in Q1, one without an amount: average of the two with one.
    expect(plan.inputs).toMatchObject({
      averageDealSize: '25000.00',
      wonDeals: 3,
      lostDeals: 2,
      winRate: 0.6,
    });
    expect(plan.inputs.conversions.map((c) => [c.from, c.to, c.rate])).toEqual([
      ['lead', 'mql', 0.5],
      ['mql', 'sal', 0.8],
      ['sal', 'sql', 0.5],
      ['sql', 'opportunity', 1],
      ['opportunity', 'customer', 0.5],
    ]);
    // w's days to won: lead 2 Jan → 3 Mar = 60, MQL 50, SAL 49, SQL 40, opportunity 30.
    expect(plan.inputs.lags.map((l) => [l.stage, l.medianDaysToWon, l.records])).toEqual([
      ['lead', 60, 1],
      ['mql', 50, 1],
      ['sal', 49, 1],
      ['sql', 40, 1],
      ['opportunity', 30, 1],
      ['customer', 0, 1],
    ]);
    expect(plan.quality).toEqual([
      expect.objectContaining({ code: 'stage_regression', ids: ['v'] }),
      expect.objectContaining({ code: 'deal_missing_amount', ids: ['no-amount'] }),
    ]);
  });

  it('walks back from 100 000 to the leads needed', () => {
    // won 100 000 / 25 000 = 4; opportunities 4 / 0.6 = 6.67 → 7; SQLs 6.67 / 1 → 7;
    // SALs 6.67 / 0.5 = 13.33 → 14; MQLs 13.33 / 0.8 = 16.67 → 17; leads 16.67 / 0.5 = 33.33 → 34.
    expect(plan.required.map((r) => [r.stage, r.count])).toEqual([
      ['lead', 34],
      ['mql', 17],
      ['sal', 14],
      ['sql', 7],
      ['opportunity', 7],
      ['customer', 4],
    ]);
    expect(plan.required[1]?.exact).toBeCloseTo(100 / 6, 12);
    expect(plan.planned).toBe('100000.00');
  });

  it('says by when, shifting the quarter back by each median lag', () => {
    // MQLs: 1 Jul − 50 days = 12 May; 30 Sep − 50 days = 11 Aug.
    expect(plan.required[1]?.window).toEqual({ from: '2026-05-12', by: '2026-08-11' });
    expect(plan.required[0]?.window).toEqual({ from: '2026-05-02', by: '2026-08-01' });
    expect(plan.required[5]?.window).toEqual({ from: '2026-07-01', by: '2026-09-30' });
    expect(plan.required.some((r) => r.late)).toBe(false);
  });

  it('flags stages whose window has passed', () => {
    const lateGoal = Goal.parse({ ...q3, periodStart: '2026-04-01', periodEnd: '2026-06-30' });
    const late = backSolveGoal(data, lateGoal, options);
    // Leads for Q2 were needed by 30 June − 60 days = 1 May: already past on 30 June.
    expect(late.required[0]).toMatchObject({ window: { by: '2026-05-01' }, late: true });
    expect(late.required[5]?.late).toBe(false);
  });

  it('plans what remains after the actual under basis: remaining', () => {
    const mid = Goal.parse({ ...q3, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const rest = backSolveGoal(data, mid, { ...options, basis: 'remaining' });
    // 100 000 − 50 000 won so far = 50 000 → 2 won, 2 / 0.6 = 3.33 → 4 opportunities.
    expect(rest.actualToDate).toBe('50000.00');
    expect(rest.planned).toBe('50000.00');
    expect(rest.required.map((r) => r.count)).toEqual([17, 9, 7, 4, 4, 2]);
  });

  it('plans a deals-won goal from its count', () => {
    const count = Goal.parse({ ...q3, metric: 'deals_won', target: '3', currency: null });
    const plan3 = backSolveGoal(data, count, options);
    expect(plan3.inputs.averageDealSize).toBeNull();
    expect(plan3.required.at(-1)?.count).toBe(3);
    expect(plan3.required.at(-2)?.count).toBe(5);
  });

  it('refuses goals it cannot plan from, and is plain JSON', () => {
    const mqls = Goal.parse({ ...q3, metric: 'mqls', currency: null });
    expect(() => backSolveGoal(data, mqls, options)).toThrow(UnsupportedGoalMetricError);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('has no counts when a rate on the way is zero', () => {
    const noWins = strictDataset({
      people: [person('p')],
      changes: [move('p', 'lead', day('01-05'))],
    });
    const empty = backSolveGoal(noWins, q3, options);
    expect(empty.required.every((r) => r.count === null)).toBe(true);
    expect(empty.inputs.lags[0]?.medianDaysToWon).toBeNull();
  });
});
