import { describe, expect, it } from 'vitest';
import { type Dataset, emptyDataset } from '../model/dataset';
import { Deal } from '../model/deals';
import { Account } from '../model/people';
import { Goal } from '../model/sales';
import { MissingExchangeRateError } from '../money/convert';
import { OptionsError } from '../options/options-error';
import { InvalidGoalError } from './errors';
import { goalProgress } from './goal-progress';

const source = { provider: 'manual' as const, objectType: 'deal', remoteId: 'x' };

function deal(id: string, fields: Partial<Omit<Deal, 'id' | 'source'>>): Deal {
  return Deal.parse({ id, source: { ...source, remoteId: id }, status: 'won', ...fields });
}

function usd(amount: string) {
  return { amount, currency: 'USD' };
}

function goal(fields: Partial<Goal> = {}): Goal {
  return Goal.parse({
    id: 'g1',
    name: 'Q1 revenue',
    metric: 'revenue',
    target: '900000',
    currency: 'USD',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    timeZone: 'UTC',
    teams: ['sales', 'marketing'],
    ...fields,
  });
}

function dataset(deals: Deal[], accounts: Dataset['accounts'] = []): Dataset {
  return { ...emptyDataset(), deals, accounts };
}

describe('goalProgress: revenue', () => {
  // Q1 2026 in UTC: 31 + 28 + 31 = 90 days. asOf 2 March 00:00Z: 31 + 28 + 1 = 60 days elapsed.
  const deals = [
    deal('d1', { amount: usd('100000.00'), closedAt: '2026-01-15T10:00:00Z' }),
    deal('d2', { amount: usd('50000.50'), closedAt: '2026-02-10T10:00:00Z' }),
    // 10 000.00 EUR × 1.085 USD per EUR = 10 850.00 USD
    deal('d3', {
      amount: { amount: '10000.00', currency: 'EUR' },
      closedAt: '2026-02-20T10:00:00Z',
    }),
    deal('before', { amount: usd('1'), closedAt: '2025-12-31T23:59:59Z' }),
    deal('after-as-of', { amount: usd('1'), closedAt: '2026-03-20T10:00:00Z' }),
    deal('open', { status: 'open', amount: usd('1'), closedAt: null }),
    deal('lost', { status: 'lost', amount: usd('1'), closedAt: '2026-01-20T10:00:00Z' }),
    deal('no-amount', { amount: null, closedAt: '2026-01-21T10:00:00Z' }),
    deal('no-currency', {
      amount: { amount: '5000', currency: null },
      closedAt: '2026-01-22T10:00:00Z',
    }),
    deal('no-closed-at', { amount: usd('7000'), closedAt: null }),
  ];
  const result = goalProgress(dataset(deals), goal(), {
    asOf: '2026-03-02T00:00:00Z',
    exchangeRates: { EUR: '1.085' },
  });

  it('sums won deals closed in the period up to asOf, converting currencies', () => {
    // 100 000.00 + 50 000.50 + 10 850.00 = 160 850.50
    expect(result.actual).toBe('160850.50');
    expect(result.target).toBe('900000.00');
    expect(result.currency).toBe('USD');
    expect(result.contributing).toEqual({
      count: 3,
      dealIds: ['d1', 'd2', 'd3'],
      entity: 'deal',
      recordIds: ['d1', 'd2', 'd3'],
    });
    expect(result.exchangeRatesUsed).toEqual({ EUR: '1.085' });
  });

  it('derives the ratios and pace values by hand', () => {
    expect(result.elapsedFraction).toBeCloseTo(60 / 90, 12);
    // 160 850.50 / 900 000 = 0.178722…
    expect(result.attainment).toBeCloseTo(160850.5 / 900000, 12);
    // 900 000 × 60/90 = 600 000.00
    expect(result.expectedToDate).toBe('600000.00');
    // attainment / elapsed = 160 850.50 × 90 / (900 000 × 60) = 0.268084…
    expect(result.pacing).toBeCloseTo((160850.5 * 90) / (900000 * 60), 12);
    // 16 085 050 cents × 90 / 60 = 24 127 575 cents
    expect(result.runRateForecast).toBe('241275.75');
    // (900 000 − 160 850.50) / 30 days left = 739 149.50 / 30 = 24 638.3166… → 24 638.32
    expect(result.requiredPerDay).toBe('24638.32');
    expect(result.remainingDays).toBeCloseTo(30, 12);
    expect(result.periodDays).toBe(90);
    expect(result.periodStartsAt).toBe('2026-01-01T00:00:00.000Z');
    expect(result.periodEndsAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('reports deals it could not count instead of dropping them', () => {
    expect(result.quality).toEqual([
      { code: 'deal_missing_amount', count: 1, ids: ['no-amount'], message: expect.any(String) },
      {
        code: 'deal_missing_currency',
        count: 1,
        ids: ['no-currency'],
        message: expect.any(String),
      },
      {
        code: 'deal_missing_closed_at',
        count: 1,
        ids: ['no-closed-at'],
        message: 'won deals without closedAt: not counted',
      },
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('throws a typed error naming a currency without a rate', () => {
    const gbp = deal('gbp', {
      amount: { amount: '10', currency: 'GBP' },
      closedAt: '2026-01-05T00:00:00Z',
    });
    const attempt = () =>
      goalProgress(dataset([gbp]), goal(), {
        asOf: '2026-03-02T00:00:00Z',
        exchangeRates: { EUR: '1.085' },
      });
    expect(attempt).toThrow(MissingExchangeRateError);
    expect(attempt).toThrow(/GBP/);
  });

  it('converts into currencies with other minor units', () => {
    // Goal in JPY; 1 234.56 USD × 151.5 JPY per USD = 187 035.84 → 187 036 JPY.
    const d = deal('u', { amount: usd('1234.56'), closedAt: '2026-01-05T00:00:00Z' });
    const jpy = goalProgress(dataset([d]), goal({ currency: 'JPY', target: '1000000' }), {
      asOf: '2026-03-02T00:00:00Z',
      exchangeRates: { USD: '151.5' },
    });
    expect(jpy.actual).toBe('187036');
    expect(jpy.target).toBe('1000000');
  });
});

describe('goalProgress: period boundaries in the goal time zone', () => {
  // March 2026 in America/New_York: 1 March 00:00 EST = 05:00Z; 1 April 00:00 EDT = 04:00Z.
  // DST starts on 8 March, so the period is 31 × 24 − 1 = 743 hours.
  const ny = goal({
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    timeZone: 'America/New_York',
    target: '1000',
  });
  const deals = [
    deal('last-day-2330', { amount: usd('100'), closedAt: '2026-04-01T03:30:00Z' }), // 23:30 EDT 31 Mar
    deal('next-day-0010', { amount: usd('200'), closedAt: '2026-04-01T04:10:00Z' }), // 00:10 EDT 1 Apr
    deal('first-day-0010', { amount: usd('10'), closedAt: '2026-03-01T05:10:00Z' }), // 00:10 EST 1 Mar
    deal('prev-day-2350', { amount: usd('20'), closedAt: '2026-03-01T04:50:00Z' }), // 23:50 EST 28 Feb
  ];

  it('counts 23:30 local on the last day and not 00:10 the next day', () => {
    const result = goalProgress(dataset(deals), ny, { asOf: '2026-04-05T00:00:00Z' });
    expect(result.contributing.dealIds).toEqual(['last-day-2330', 'first-day-0010']);
    expect(result.actual).toBe('110.00');
    expect(result.periodStartsAt).toBe('2026-03-01T05:00:00.000Z');
    expect(result.periodEndsAt).toBe('2026-04-01T04:00:00.000Z');
  });

  it('after the end: elapsed 1, expected = target, forecast = actual, nothing more per day', () => {
    const result = goalProgress(dataset(deals), ny, { asOf: '2026-04-05T00:00:00Z' });
    expect(result.elapsedFraction).toBe(1);
    expect(result.expectedToDate).toBe('1000.00');
    expect(result.runRateForecast).toBe('110.00');
    expect(result.pacing).toBeCloseTo(0.11, 12);
    expect(result.requiredPerDay).toBeNull();
    expect(result.remainingDays).toBe(0);
  });

  it('before the start: elapsed 0, nothing expected, no pace or forecast yet', () => {
    const result = goalProgress(dataset(deals), ny, { asOf: '2026-02-15T00:00:00Z' });
    expect(result.elapsedFraction).toBe(0);
    expect(result.actual).toBe('0.00');
    expect(result.attainment).toBe(0);
    expect(result.expectedToDate).toBe('0.00');
    expect(result.pacing).toBeNull();
    expect(result.runRateForecast).toBeNull();
    // 1000.00 / 31 days = 32.258… → 32.26
    expect(result.requiredPerDay).toBe('32.26');
    expect(result.remainingDays).toBe(31);
  });

  it('measures elapsed time in calendar hours across the DST change', () => {
    // Local midnight 16 March = 04:00Z: 15 days − 1 hour = 359 hours of 743.
    const result = goalProgress(dataset([]), ny, { asOf: '2026-03-16T04:00:00Z' });
    expect(result.elapsedFraction).toBeCloseTo(359 / 743, 12);
    // 100 000 cents × 359 / 743 = 48 317.62… → 48 318 cents
    expect(result.expectedToDate).toBe('483.18');
  });

  it('counts a deal closed exactly at asOf, and none after it', () => {
    const result = goalProgress(dataset(deals), ny, { asOf: '2026-03-01T05:10:00Z' });
    // asOf is inclusive: the deal closed exactly at asOf counts.
    expect(result.contributing.dealIds).toEqual(['first-day-0010']);
  });
});

describe('goalProgress: pipeline and deals_won', () => {
  const asOf = '2026-03-02T00:00:00Z';
  const deals = [
    deal('w1', {
      amount: usd('1000'),
      createdAt: '2026-01-05T00:00:00Z',
      closedAt: '2026-02-01T00:00:00Z',
    }),
    deal('l1', {
      status: 'lost',
      amount: usd('400'),
      createdAt: '2026-01-06T00:00:00Z',
      closedAt: '2026-02-02T00:00:00Z',
    }),
    deal('o1', { status: 'open', amount: usd('250.25'), createdAt: '2026-02-07T00:00:00Z' }),
    deal('o-old', { status: 'open', amount: usd('999'), createdAt: '2025-11-07T00:00:00Z' }),
    deal('o-no-created', { status: 'open', amount: usd('5'), createdAt: null }),
    deal('w2', {
      amount: null,
      createdAt: '2025-12-01T00:00:00Z',
      closedAt: '2026-02-03T00:00:00Z',
    }),
  ];

  it('pipeline sums deals created in the period, whatever their status', () => {
    const result = goalProgress(dataset(deals), goal({ metric: 'pipeline', target: '3000' }), {
      asOf,
    });
    // 1000 + 400 + 250.25 = 1650.25
    expect(result.actual).toBe('1650.25');
    expect(result.contributing.dealIds).toEqual(['w1', 'l1', 'o1']);
    expect(result.quality).toEqual([
      {
        code: 'deal_missing_created_at',
        count: 1,
        ids: ['o-no-created'],
        message: 'deals without createdAt: not counted',
      },
    ]);
  });

  it('deals_won counts won deals, amounts or not, as plain numbers', () => {
    const result = goalProgress(
      dataset(deals),
      goal({ metric: 'deals_won', target: '10', currency: null }),
      {
        asOf,
      },
    );
    expect(result.currency).toBeNull();
    expect(result.actual).toBe('2');
    expect(result.target).toBe('10');
    expect(result.attainment).toBeCloseTo(0.2, 12);
    // 10 × 60/90 = 6.666… → 6.67
    expect(result.expectedToDate).toBe('6.67');
    // (10 − 2) / 30 days left = 0.2666… → 0.27
    expect(result.requiredPerDay).toBe('0.27');
    expect(result.quality).toEqual([]);
  });
});

describe('goalProgress: scope', () => {
  const asOf = '2026-03-02T00:00:00Z';
  const accounts = [
    Account.parse({ id: 'a-ent', source, segment: 'enterprise' }),
    Account.parse({ id: 'a-smb', source, segment: 'smb' }),
  ];
  const deals = [
    deal('ent', {
      amount: usd('100'),
      closedAt: '2026-01-05T00:00:00Z',
      accountId: 'a-ent',
      ownerId: 'u1',
    }),
    deal('smb', {
      amount: usd('10'),
      closedAt: '2026-01-05T00:00:00Z',
      accountId: 'a-smb',
      ownerId: 'u2',
    }),
    deal('deleted', {
      amount: usd('1'),
      closedAt: '2026-01-05T00:00:00Z',
      deletedAt: '2026-02-01T00:00:00Z',
    }),
    deal('deleted-later', {
      amount: usd('2'),
      closedAt: '2026-01-05T00:00:00Z',
      deletedAt: '2026-03-05T00:00:00Z',
    }),
  ];

  it('leaves out deals deleted by asOf', () => {
    const result = goalProgress(dataset(deals, accounts), goal(), { asOf });
    expect(result.contributing.dealIds).toEqual(['ent', 'smb', 'deleted-later']);
  });

  it('narrows to the goal’s segment and owner', () => {
    expect(goalProgress(dataset(deals, accounts), goal({ segment: 'smb' }), { asOf }).actual).toBe(
      '10.00',
    );
    expect(goalProgress(dataset(deals, accounts), goal({ ownerId: 'u1' }), { asOf }).actual).toBe(
      '100.00',
    );
  });
});

describe('goalProgress: errors', () => {
  const asOf = '2026-03-02T00:00:00Z';

  it('rejects invalid goals and asOf values', () => {
    expect(() => goalProgress(dataset([]), goal({ currency: null }), { asOf })).toThrow(
      InvalidGoalError,
    );
    expect(() => goalProgress(dataset([]), goal({ timeZone: 'Nowhere/Town' }), { asOf })).toThrow(
      InvalidGoalError,
    );
    expect(() => goalProgress(dataset([]), goal({ periodEnd: '2025-12-31' }), { asOf })).toThrow(
      InvalidGoalError,
    );
    // OptionsError is a RangeError, as this error was before options were validated.
    expect(() => goalProgress(dataset([]), goal(), { asOf: '2026-03-02T00:00:00' })).toThrow(
      RangeError,
    );
    expect(() => goalProgress(dataset([]), goal(), { asOf: '2026-03-02T00:00:00' })).toThrow(
      OptionsError,
    );
  });

  it('has no attainment or pace for a zero target', () => {
    const result = goalProgress(dataset([]), goal({ target: '0' }), { asOf });
    expect(result.attainment).toBeNull();
    expect(result.pacing).toBeNull();
    expect(result.requiredPerDay).toBe('0.00');
  });
});
