import { describe, expect, it } from 'vitest';
import { deal, strictDataset } from '../lifecycle/__fixtures__/builders';
import { Goal } from '../model/sales';
import { OptionsError } from '../options/options-error';
import { goalProgress } from './goal-progress';

// Q1 2026 in UTC; on 2 March 60 of 90 days are gone (elapsed share 2/3).
const asOf = '2026-03-02T00:00:00Z';
const usd = (amount: string) => ({ amount, currency: 'USD' });

function goal(fields: Partial<Goal> = {}): Goal {
  return Goal.parse({
    id: 'g1',
    name: 'Q1 revenue',
    metric: 'revenue',
    target: '450000',
    currency: 'USD',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    teams: ['sales', 'marketing'],
    ...fields,
  });
}

const pipeline = {
  id: 'pl',
  source: { provider: 'manual' as const, objectType: 'pipeline', remoteId: 'pl' },
  name: 'New business',
  stages: [
    { id: 's10', name: 'Discovery', order: 0, probability: 0.1 },
    { id: 's50', name: 'Proposal', order: 1, probability: 0.5 },
    { id: 'sx', name: 'No probability', order: 2 },
    { id: 'won', name: 'Won', order: 3, probability: 1, category: 'won' as const },
  ],
};
const open = (id: string, extra: Parameters<typeof deal>[1]) =>
  deal(id, { pipelineId: 'pl', createdAt: '2026-01-05T00:00:00Z', ...extra });

const data = strictDataset({
  pipelines: [pipeline],
  deals: [
    deal('w', {
      status: 'won',
      amount: usd('300000'),
      closedAt: '2026-02-10T00:00:00Z',
      originalSource: { channel: 'events' },
      pipelineId: 'pl',
      stageId: 'won',
    }),
    // 200 000 × 0.5 = 100 000, expected 20 March
    open('o1', { amount: usd('200000'), stageId: 's50', closeDate: '2026-03-20' }),
    // 100 000 × 0.1 = 10 000, expected 20 Feb: overdue but in the period
    open('o2', { amount: usd('100000'), stageId: 's10', closeDate: '2026-02-20' }),
    // expected after the quarter: not in the forecast
    open('o3', { amount: usd('999'), stageId: 's50', closeDate: '2026-04-10' }),
    open('o4', { amount: usd('999'), stageId: 'sx', closeDate: '2026-03-10' }),
    open('o5', { amount: usd('999'), stageId: 's50', closeDate: null }),
  ],
});

describe('goalProgress: forecasts and status', () => {
  const result = goalProgress(data, goal(), { asOf });

  it('adds the stage-weighted open pipeline expected in the period to the actual', () => {
    // attainment 300 000 / 450 000 = 2/3; pacing (2/3) / (2/3) = 1
    expect(result.actual).toBe('300000.00');
    expect(result.pacing).toBeCloseTo(1, 12);
    // 300 000 × 90 / 60 = 450 000
    expect(result.runRateForecast).toBe('450000.00');
    // 300 000 + 100 000 + 10 000
    expect(result.pipelineForecast).toEqual({
      value: '410000.00',
      weightedOpen: '110000.00',
      openDeals: 2,
      overdueDeals: 1,
    });
    expect(result.warnings.map((w) => [w.code, w.ids])).toEqual([
      ['forecast_deal_missing_probability', ['o4']],
      ['forecast_deal_missing_close_date', ['o5']],
    ]);
  });

  it('is on track by pacing with the default thresholds, stated in the result', () => {
    expect(result.status).toBe('on-track');
    expect(result.statusRule).toEqual({
      basis: 'pacing',
      value: result.pacing,
      thresholds: { ahead: 1.1, onTrack: 0.95, atRisk: 0.8 },
      text: 'Status compares pacing (attainment ÷ elapsed share of the period; 1 = on pace): ahead ≥ 110%, on track ≥ 95%, at risk ≥ 80%, behind below.',
    });
  });

  it('is at risk on the pipeline forecast (410 000 / 450 000 = 0.911)', () => {
    const forecast = goalProgress(data, goal(), { asOf, statusBasis: 'pipeline-forecast' });
    expect(forecast.statusRule.value).toBeCloseTo(410 / 450, 12);
    expect(forecast.status).toBe('at-risk');
  });

  it('takes other thresholds', () => {
    const lenient = goalProgress(data, goal(), {
      asOf,
      thresholds: { ahead: 0.9, onTrack: 0.5, atRisk: 0.1 },
    });
    expect(lenient.status).toBe('ahead');
    expect(() =>
      goalProgress(data, goal(), { asOf, thresholds: { ahead: 0.5, onTrack: 0.9, atRisk: 0.1 } }),
    ).toThrow(OptionsError);
  });

  it('forecasts deals won as a count: 1 won + 0.5 + 0.1', () => {
    const won = goalProgress(data, goal({ metric: 'deals_won', target: '3', currency: null }), {
      asOf,
    });
    expect(won.pipelineForecast?.value).toBe('1.6');
    expect(won.pipelineForecast?.weightedOpen).toBe('0.6');
  });

  it('has no pipeline forecast for pipeline goals, and no status before the period', () => {
    expect(goalProgress(data, goal({ metric: 'pipeline' }), { asOf }).pipelineForecast).toBeNull();
    const early = goalProgress(data, goal(), { asOf: '2025-12-01T00:00:00Z' });
    expect(early.status).toBeNull();
  });

  it('credits the won deal to marketing (an events lead source); joint goal', () => {
    expect(result.joint).toBe(true);
    expect(result.contributions.teams).toEqual([
      { team: 'marketing', actual: '300000.00', share: 1, count: 1 },
      { team: 'sdr', actual: '0.00', share: 0, count: 0 },
      { team: 'sales', actual: '0.00', share: 0, count: 0 },
    ]);
  });

  it('prints its formulas and period', () => {
    expect(result.period).toEqual({ kind: 'quarter', label: 'Q1 2026' });
    expect(result.rules.formulas.requiredPerDay).toBe(
      'required per day = (target − actual) ÷ remaining calendar days',
    );
    expect(result.rules.metric).toMatch(/^revenue = Σ amount of won deals/);
  });
});

describe('goalProgress: business days', () => {
  // Q1 2026 has 22 + 20 + 22 = 64 weekdays; with New Year's Day off, 63.
  const count = goal({ metric: 'deals_won', target: '63', currency: null });
  const options = { calendar: 'business' as const, businessDays: { holidays: ['2026-01-01'] } };

  it('counts working days before Monday 2 March, plus the business hours gone by that Monday', () => {
    // 22 + 20 weekdays in January and February, less the holiday: 41; at 13:00 (UTC) 4 of
    // the 8 business hours (09:00–17:00) have gone by: plus 0.5, not 13/24 of the day.
    const result = goalProgress(data, count, { ...options, asOf: '2026-03-02T13:00:00Z' });
    expect(result.calendar).toEqual({
      kind: 'business',
      periodDays: 63,
      elapsedDays: 41.5,
      remainingDays: 21.5,
      businessDays: {
        weekdays: [1, 2, 3, 4, 5],
        holidays: ['2026-01-01'],
        start: '09:00',
        end: '17:00',
      },
    });
    expect(result.elapsedFraction).toBeCloseTo(41.5 / 63, 12);
    // 63 × 41.5 / 63 = 41.5 expected; one deal won: (63 − 1) / 21.5 = 2.883… → 2.88 per business day
    expect(result.expectedToDate).toBe('41.5');
    expect(result.requiredPerDay).toBe('2.88');
    // Before opening the day adds nothing; after closing, all of it.
    const early = goalProgress(data, count, { ...options, asOf: '2026-03-02T08:00:00Z' });
    expect(early.calendar.elapsedDays).toBe(41);
    const late = goalProgress(data, count, { ...options, asOf: '2026-03-02T20:00:00Z' });
    expect(late.calendar.elapsedDays).toBe(42);
    const shortDays = goalProgress(data, count, {
      ...options,
      businessDays: { ...options.businessDays, start: '10:00', end: '14:00' },
      asOf: '2026-03-02T13:00:00Z',
    });
    expect(shortDays.calendar.elapsedDays).toBe(41.75);
    expect(result.rules.formulas.requiredPerDay).toMatch(/remaining business days$/);
  });

  it('adds nothing for a Sunday', () => {
    const sunday = goalProgress(data, count, { ...options, asOf: '2026-03-01T12:00:00Z' });
    expect(sunday.calendar.elapsedDays).toBe(41);
  });
});

describe('goalProgress: overlapping goals', () => {
  it('lists other goals of the same metric, a shared team, overlapping dates and nested scope', () => {
    const other = (id: string, fields: Partial<Goal>) => goal({ id, ...fields });
    const withGoals = strictDataset({
      goals: [
        goal({ teams: ['sales'] }),
        other('jan', { periodEnd: '2026-01-31', teams: ['sales', 'marketing'] }),
        other('enterprise', { segment: 'Enterprise', teams: ['sales'] }),
        other('marketing-only', { teams: ['marketing'] }),
        other('pipeline', { metric: 'pipeline', teams: ['sales'] }),
        other('q2', { periodStart: '2026-04-01', periodEnd: '2026-06-30', teams: ['sales'] }),
      ],
    });
    const result = goalProgress(withGoals, goal({ teams: ['sales'] }), { asOf });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'overlapping_goals', ids: ['jan', 'enterprise'] }),
    ]);
  });
});
