import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { TWO_DEALS_RATES, twoDeals } from './__fixtures__/two-deals';
import { attribute } from './attribute';
import { formatDate, formatInstant, utcMonth } from './format';
import { RollupAccumulator } from './rollups';

const run = (extra: Record<string, unknown> = {}) =>
  attribute(twoDeals, {
    asOf: AS_OF,
    model: 'linear',
    reportingCurrency: 'USD',
    exchangeRates: TWO_DEALS_RATES,
    ...extra,
  });

const rows = (list: Array<{ key: string; value: string }>) => list.map((r) => [r.key, r.value]);

describe('rollups (two deals, USD and EUR, linear)', () => {
  const result = run();

  it('credits deal amounts in their currency and in the reporting currency', () => {
    const d2 = result.deals.find((d) => d.dealId === 'd2');
    expect(d2?.credits.map((c) => [c.touchId, c.amount, c.reportingAmount])).toEqual([
      ['t4', '1000.00', '1100.00'],
      ['t5', '1000.00', '1100.00'],
    ]);
    expect(d2?.reportingAmount).toBe('2200.00');
    expect(result.totals).toMatchObject({ value: '3200.00', attributedValue: '3200.00' });
  });

  it('by channel, campaign, touch type and content asset', () => {
    expect(rows(result.rollups.byChannel)).toEqual([
      ['webinar', '1600.00'],
      ['outbound', '1100.00'],
      ['paid_search', '500.00'],
    ]);
    expect(
      result.rollups.byCampaign.map((r) => [r.key, r.label, r.value, r.deals, r.credit]),
    ).toEqual([
      ['c-webinar', 'c-webinar', '1600.00', 2, 1],
      ['c-outbound', 'c-outbound', '1100.00', 1, 0.5],
      ['c-ads', 'c-ads', '500.00', 1, 0.5],
    ]);
    expect(rows(result.rollups.byTouchType)).toEqual([
      ['email_click', '1100.00'],
      ['form_submission', '1100.00'],
      ['ad_click', '500.00'],
      ['webinar_attendance', '500.00'],
    ]);
    expect(rows(result.rollups.byContent)).toEqual([
      ['Webinar: Alignment 101', '1600.00'],
      ['(untitled)', '1100.00'],
      ['Ad: Pipeline in a week', '500.00'],
    ]);
  });

  it('by month of the conversion, or of the touch', () => {
    expect(rows(result.rollups.byMonth)).toEqual([
      ['2026-02', '2200.00'],
      ['2026-01', '1000.00'],
    ]);
    expect(rows(run({ monthBy: 'touch' }).rollups.byMonth)).toEqual([
      ['2026-02', '2200.00'],
      ['2026-01', '1000.00'],
    ]);
  });

  it('by team: of the touch (owner, else channel) or of the deal owner', () => {
    expect(rows(result.rollups.byTeam)).toEqual([
      ['marketing', '2100.00'],
      ['sdr', '1100.00'],
    ]);
    expect(rows(run({ teamBy: 'deal-owner' }).rollups.byTeam)).toEqual([
      ['sdr', '2200.00'],
      ['sales', '1000.00'],
    ]);
  });

  it('campaign cost, ROI and ROAS in the reporting currency', () => {
    expect(result.campaigns).toEqual([
      {
        campaignId: 'c-webinar',
        name: 'c-webinar',
        channel: 'webinar',
        attributed: '1600.00',
        cost: '500.00',
        roi: 2.2,
        roas: 3.2,
      },
      {
        campaignId: 'c-outbound',
        name: 'c-outbound',
        channel: 'outbound',
        attributed: '1100.00',
        cost: null,
        roi: null,
        roas: null,
      },
      {
        campaignId: 'c-ads',
        name: 'c-ads',
        channel: 'paid_search',
        attributed: '500.00',
        cost: '1100.00',
        roi: (500 - 1100) / 1100,
        roas: 500 / 1100,
      },
    ]);
    expect(
      run({ campaignCost: 'budget' }).campaigns.find((c) => c.campaignId === 'c-ads')?.cost,
    ).toBe('1320.00');
  });
});

describe('reporting currency', () => {
  it('mixed deal currencies need a reporting currency', () => {
    expect(() => attribute(twoDeals, { asOf: AS_OF, model: 'linear' })).toThrow(
      'reportingCurrency: deals are in EUR, USD: pass reportingCurrency and exchangeRates',
    );
  });

  it('a missing rate is an error naming the currency', () => {
    expect(() =>
      attribute(twoDeals, { asOf: AS_OF, model: 'linear', reportingCurrency: 'USD' }),
    ).toThrow(/no exchange rate from EUR to USD/);
    try {
      attribute(twoDeals, { asOf: AS_OF, model: 'linear', reportingCurrency: 'USD' });
    } catch (error) {
      expect(error).toMatchObject({ name: 'MissingExchangeRateError', currency: 'EUR' });
    }
  });

  it('converts the deal total once, then splits it exactly', () => {
    // EUR 2,000.00 at 1.1 USD/EUR = USD 2,200.00, split 1,100.00 + 1,100.00.
    const result = attribute(twoDeals, {
      asOf: AS_OF,
      model: 'linear',
      reportingCurrency: 'GBP',
      exchangeRates: { EUR: '0.85', USD: '0.79' },
    });
    // USD 1,000.00 × 0.79 = GBP 790.00; EUR 2,000.00 × 0.85 = GBP 1,700.00.
    expect(result.totals.value).toBe('2490.00');
    expect(result.currency).toBe('GBP');
  });
});

describe('UTC formatting without Date', () => {
  it('matches Date for instants across eras and leap years', () => {
    for (const iso of [
      '1970-01-01T00:00:00Z',
      '2000-02-29T23:59:59Z',
      '2024-12-31T23:59:59.999Z',
      '2026-03-01T00:00:00Z',
      '1969-12-31T23:59:59Z',
      '1900-03-01T12:34:56.789Z',
      '2100-02-28T00:00:00.001Z',
    ]) {
      const ms = Date.parse(iso);
      expect(utcMonth(ms)).toBe(new Date(iso).toISOString().slice(0, 7));
      expect(formatDate(ms, 'UTC')).toBe(new Date(iso).toISOString().slice(0, 10));
      expect(formatInstant(ms)).toBe(new Date(iso).toISOString());
    }
  });
});

describe('formatInstant (property)', () => {
  it('equals Date#toISOString for any instant between years 0 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });
});

describe('time zones', () => {
  it('months, calendar-day gaps and dates in explanations follow timeZone', () => {
    // 23:30 in New York on Jan 31 is Feb 1 in UTC.
    const data = dataset({
      people: [person('p1', '2026-01-01T00:00:00Z')],
      touchpoints: [touch('late', 'p1', '2026-01-31T23:30:00-05:00', 'email')],
      deals: [deal('d1', ['p1'], { closedAt: '2026-02-02T03:00:00Z' })],
    });
    const utc = attribute(data, {
      asOf: AS_OF,
      model: 'time-decay',
      monthBy: 'touch',
      timeDecayUnit: 'calendar-days',
    });
    expect(utc.rollups.byMonth.map((r) => r.key)).toEqual(['2026-02']);
    expect(utc.deals[0]?.credits[0]?.explanation).toMatch(
      /1 calendar days before the deal was won on 2026-02-02/,
    );
    const ny = attribute(data, {
      asOf: AS_OF,
      model: 'time-decay',
      monthBy: 'touch',
      timeDecayUnit: 'calendar-days',
      timeZone: 'America/New_York',
    });
    // In New York the touch is on Jan 31 and the close on Feb 1 (22:00): one calendar day.
    expect(ny.rollups.byMonth.map((r) => r.key)).toEqual(['2026-01']);
    expect(ny.deals[0]?.credits[0]?.explanation).toMatch(
      /1 calendar days before the deal was won on 2026-02-01/,
    );
  });
});

describe('RollupAccumulator', () => {
  it('sums exactly past 2^53, mixing numbers and bigints', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }),
            fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const rollup = new RollupAccumulator();
          for (const [deal, part] of parts.entries()) rollup.add('k', part, 1, deal);
          const exact = parts.reduce<bigint>((sum, part) => sum + BigInt(part), 0n);
          expect(rollup.valueOf('k')).toBe(exact);
          if (parts.length > 0) expect(rollup.toRows('USD')[0]?.deals).toBe(parts.length);
        },
      ),
    );
  });
});
