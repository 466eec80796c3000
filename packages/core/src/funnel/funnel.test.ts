import { describe, expect, it } from 'vitest';
import { deal, move, person, strictDataset } from '../lifecycle/__fixtures__/builders';
import { OptionsError } from '../options/options-error';
import { funnel } from './funnel';
import type { FunnelOptions } from './options';

/*
 * Six people, January 2026 in UTC, asOf 1 March 2026:
 *   a  lead 2 Jan → MQL 4 → SAL 5 → SQL 7 → opportunity 10 → won 9 Feb
 *   b  lead 3 Jan → MQL 5 → SAL 8 → back to lead 20 Jan (recycled)
 *   c  lead 10 Jan → MQL 11 (still an MQL)
 *   d  lead 15 Jan → SQL 25 (skips MQL and SAL; still an SQL)
 *   e  lead 20 Dec 2025 → MQL 6 Jan (lead outside January)
 *   f  lead 2 Feb → MQL 3 Feb (outside January)
 */
const people = strictDataset({
  people: [
    person('a', { attribution: { original: { channel: 'paid_search' } } }),
    person('b', { attribution: { original: { channel: 'paid_search' } } }),
    person('c', { attribution: { original: { channel: 'webinar' } } }),
    person('d'),
    person('e'),
    person('f'),
  ],
  changes: [
    move('a', 'lead', '2026-01-02T00:00:00Z'),
    move('a', 'mql', '2026-01-04T00:00:00Z'),
    move('a', 'sal', '2026-01-05T00:00:00Z'),
    move('a', 'sql', '2026-01-07T00:00:00Z'),
    move('a', 'opportunity', '2026-01-10T00:00:00Z'),
    move('a', 'customer', '2026-02-09T00:00:00Z'),
    move('b', 'lead', '2026-01-03T00:00:00Z'),
    move('b', 'mql', '2026-01-05T00:00:00Z'),
    move('b', 'sal', '2026-01-08T00:00:00Z'),
    move('b', 'lead', '2026-01-20T00:00:00Z'),
    move('c', 'lead', '2026-01-10T00:00:00Z'),
    move('c', 'mql', '2026-01-11T00:00:00Z'),
    move('d', 'lead', '2026-01-15T00:00:00Z'),
    move('d', 'sql', '2026-01-25T00:00:00Z'),
    move('e', 'lead', '2025-12-20T00:00:00Z'),
    move('e', 'mql', '2026-01-06T00:00:00Z'),
    move('f', 'lead', '2026-02-02T00:00:00Z'),
    move('f', 'mql', '2026-02-03T00:00:00Z'),
  ],
});

const january = (extra: Partial<FunnelOptions> = {}): FunnelOptions => ({
  method: 'cohort',
  period: { start: '2026-01-01', end: '2026-01-31' },
  asOf: '2026-03-01T00:00:00Z',
  ...extra,
});

const counts = (result: ReturnType<typeof funnel>) => result.overall.stages.map((s) => s.count);

describe('funnel: cohort method', () => {
  const result = funnel(people, january());
  const [lead, mql, sal, sql, opportunity, won] = result.overall.stages;

  it('follows the January leads a, b, c, d; d counts at the stages it skipped', () => {
    expect(counts(result)).toEqual([4, 4, 3, 2, 1, 1]);
    expect(mql?.skipped).toBe(1);
    expect(sal?.skipped).toBe(1);
    // b is back at lead: it moved back below MQL and SAL.
    expect([lead?.movedBack, mql?.movedBack, sal?.movedBack]).toEqual([0, 1, 1]);
  });

  it('converts stage to stage and from the start', () => {
    // 4/4, 3/4, 2/3, 1/2, 1/1
    expect(result.overall.stages.map((s) => s.conversionFromPrevious)).toEqual([
      null,
      1,
      0.75,
      2 / 3,
      0.5,
      1,
    ]);
    expect(result.overall.stages.map((s) => s.conversionFromStart)).toEqual([
      1, 1, 0.75, 0.5, 0.25, 0.25,
    ]);
  });

  it('measures time in stage over records that advanced, censored apart', () => {
    // lead: a 2 d, b 2 d, c 1 d, d 10 d (to its inferred MQL on 25 Jan) → [1, 2, 2, 10]:
    // median 2, P90 rank 2.7 → 2 + 0.7 × 8 = 7.6.
    expect(lead?.timeInStage).toMatchObject({ medianDays: 2, advanced: 4 });
    expect(lead?.timeInStage?.p90Days).toBeCloseTo(7.6, 10);
    // MQL: a 1 d, b 3 d → median 2, P90 1 + 0.9 × 2 = 2.8; c still an MQL since 11 Jan
    // (49 days at 1 March) is censored; d's MQL entry is inferred.
    expect(mql?.timeInStage).toMatchObject({
      medianDays: 2,
      advanced: 2,
      censored: { count: 1, medianAgeDays: 49, p90AgeDays: 49 },
      exitedWithoutAdvancing: 0,
      inferredEntries: 1,
    });
    expect(mql?.timeInStage?.p90Days).toBeCloseTo(2.8, 10);
    // SAL: a 2 d; b moved back to lead without advancing; d inferred.
    expect(sal?.timeInStage).toMatchObject({
      medianDays: 2,
      advanced: 1,
      exitedWithoutAdvancing: 1,
      inferredEntries: 1,
    });
    // SQL: a 3 d; d still an SQL since 25 Jan: 35 days.
    expect(sql?.timeInStage).toMatchObject({
      medianDays: 3,
      censored: { count: 1, medianAgeDays: 35 },
    });
    // Opportunity: a, 10 Jan → 9 Feb = 30 days. The last stage has no time in stage.
    expect(opportunity?.timeInStage?.medianDays).toBe(30);
    expect(won?.timeInStage).toBeNull();
  });

  it('states its rules and formulas', () => {
    expect(result.rules.text.counting).toBe(
      'Cohort method: the records that entered Lead from 2026-01-01 to 2026-01-31 (UTC); each stage counts those of them that reached it by 2026-03-01T00:00:00Z.',
    );
    expect(result.rules.skipped).toBe('infer');
    expect(result.formulas.pipelineVelocity).toMatch(/open opportunities/);
    expect(result.quality.map((q) => [q.code, q.ids])).toEqual([
      ['stage_regression', ['b']],
      ['stage_skipped', ['d']],
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('funnel: period method', () => {
  it('counts entries into each stage in January, blending cohorts', () => {
    const result = funnel(
      people,
      january({ method: 'period', period: { start: '2026-01-01', end: '2026-01-31' } }),
    );
    // lead a b c d; MQL a b c e and d (inferred 25 Jan); SAL a b d; SQL a d; opp a; won none.
    expect(counts(result)).toEqual([4, 5, 3, 2, 1, 0]);
    // 5/4 = 1.25: the period method can exceed 100%.
    expect(result.overall.stages.map((s) => s.conversionFromPrevious)).toEqual([
      null,
      1.25,
      0.6,
      2 / 3,
      0.5,
      0,
    ]);
    expect(result.overall.stages[1]?.advancedFromPrevious).toBeNull();
    expect(result.rules.text.counting).toMatch(/^Period method/);
  });
});

describe('funnel: rules for skipped stages and backward moves', () => {
  it('exclude: d does not count at MQL or SAL, and conversion is advanced ÷ previous', () => {
    const result = funnel(people, january({ skipped: 'exclude' }));
    expect(counts(result)).toEqual([4, 3, 2, 2, 1, 1]);
    // SQL: of a and b at SAL only a reached SQL: 1/2. From start: 2/4.
    expect(result.overall.stages[3]).toMatchObject({
      advancedFromPrevious: 1,
      conversionFromPrevious: 0.5,
      conversionFromStart: 0.5,
      skipped: 0,
    });
    expect(result.overall.stages[1]?.skipped).toBe(1);
  });

  it('last-pass: b restarts at lead on 20 Jan and its MQL and SAL no longer count', () => {
    const result = funnel(people, january({ backward: 'last-pass' }));
    expect(counts(result)).toEqual([4, 3, 2, 2, 1, 1]);
    // b is in lead since 20 Jan: censored at 40 days.
    expect(result.overall.stages[0]?.timeInStage?.censored).toMatchObject({
      count: 1,
      medianAgeDays: 40,
    });
  });
});

describe('funnel: period boundaries in a time zone', () => {
  it('counts 22:00 on 31 January in New York in January, not in UTC', () => {
    const late = strictDataset({
      people: [person('late')],
      changes: [move('late', 'lead', '2026-02-01T03:00:00Z')],
    });
    expect(funnel(late, january()).overall.stages[0]?.count).toBe(0);
    const ny = funnel(late, january({ timeZone: 'America/New_York' }));
    expect(ny.overall.stages[0]?.count).toBe(1);
    expect(ny.period).toMatchObject({
      startsAt: '2026-01-01T05:00:00.000Z',
      endsAt: '2026-02-01T05:00:00.000Z',
    });
  });
});

describe('funnel: split', () => {
  it('splits by source channel; records without one go to "(none)" and are reported', () => {
    const result = funnel(people, january({ by: 'channel' }));
    expect(result.groups.map((g) => [g.label, g.stages.map((s) => s.count)])).toEqual([
      ['paid_search', [2, 2, 2, 1, 1, 1]],
      ['(none)', [1, 1, 1, 1, 0, 0]],
      ['webinar', [1, 1, 0, 0, 0, 0]],
    ]);
    expect(result.rules.text.split).toMatch(/channel of their source/);
    expect(result.quality.at(-1)).toMatchObject({ code: 'split_key_missing', ids: ['d'] });
  });
});

describe('funnel: pipeline velocity', () => {
  // asOf 1 March 2026, look-back 365 days (from 1 March 2025).
  const deals = strictDataset({
    deals: [
      // won in 61 days (1 Nov → 1 Jan) and in 30 days (1 Jan → 31 Jan)
      deal('w1', {
        status: 'won',
        createdAt: '2025-11-01T00:00:00Z',
        closedAt: '2026-01-01T00:00:00Z',
      }),
      deal('w2', {
        status: 'won',
        createdAt: '2026-01-01T00:00:00Z',
        closedAt: '2026-01-31T00:00:00Z',
      }),
      deal('l1', {
        status: 'lost',
        createdAt: '2025-12-01T00:00:00Z',
        closedAt: '2026-01-15T00:00:00Z',
      }),
      // closed before the look-back: ignored
      deal('l-old', {
        status: 'lost',
        createdAt: '2024-10-01T00:00:00Z',
        closedAt: '2024-12-01T00:00:00Z',
      }),
      deal('o1', {
        createdAt: '2026-02-01T00:00:00Z',
        amount: { amount: '2000', currency: 'USD' },
      }),
      deal('o2', {
        createdAt: '2026-02-02T00:00:00Z',
        amount: { amount: '4000', currency: 'USD' },
      }),
      deal('o-no-amount', { createdAt: '2026-02-03T00:00:00Z', amount: null }),
      deal('o-later', { createdAt: '2026-03-02T00:00:00Z' }),
    ],
  });

  it('is open opportunities × win rate × average deal size ÷ cycle days', () => {
    const result = funnel(deals, january());
    // 3 open × 2/3 × 3 000.00 ÷ ((61 + 30) / 2 = 45.5 days) = 131.868… → 131.87 per day
    expect(result.overall.pipelineVelocity).toEqual({
      currency: 'USD',
      lookbackDays: 365,
      openOpportunities: 3,
      averageDealSize: '3000.00',
      closedWon: 2,
      closedLost: 1,
      winRate: 2 / 3,
      averageCycleDays: 45.5,
      perDay: '131.87',
    });
    expect(result.quality).toEqual([
      expect.objectContaining({ code: 'deal_missing_amount', ids: ['o-no-amount'] }),
    ]);
  });

  it('asks for a reporting currency when deals use several', () => {
    const mixed = strictDataset({
      deals: [
        deal('u', { createdAt: '2026-02-01T00:00:00Z' }),
        deal('e', { createdAt: '2026-02-01T00:00:00Z', amount: { amount: '5', currency: 'EUR' } }),
      ],
    });
    expect(() => funnel(mixed, january())).toThrow(/deals are in EUR, USD/);
    const eur = funnel(mixed, january({ reportingCurrency: 'USD', exchangeRates: { EUR: '1.1' } }));
    // (100.00 + 5.50) / 2 = 52.75
    expect(eur.overall.pipelineVelocity?.averageDealSize).toBe('52.75');
    expect(eur.exchangeRatesUsed).toEqual({ EUR: '1.1' });
    expect(funnel(mixed, january({ velocity: false })).overall.pipelineVelocity).toBeNull();
  });
});

describe('funnel: options', () => {
  const attempt = (options: unknown) => () => funnel(people, options as FunnelOptions);
  it('names the option and the problem', () => {
    expect(attempt({ asOf: '2026-03-01T00:00:00Z' })).toThrow(OptionsError);
    expect(attempt({ asOf: '2026-03-01T00:00:00Z' })).toThrow(/method: missing/);
    expect(attempt({ asOf: '2026-03-01T00:00:00Z' })).toThrow(/period: missing/);
    expect(
      attempt(january({ method: 'cohort', period: { start: '2026-02-01', end: '2026-01-01' } })),
    ).toThrow(/period\.end: end 2026-01-01 is before start 2026-02-01/);
    expect(
      attempt(
        january({
          method: 'rolling' as 'cohort',
          period: { start: '2026-01-01', end: '2026-01-31' },
        }),
      ),
    ).toThrow(/method: unknown value "rolling"/);
    expect(attempt(january({ timeZone: 'Mars/Base' }))).toThrow(/unknown time zone "Mars\/Base"/);
    expect(attempt(january({ entity: 'account', by: 'campaign' }))).toThrow(
      /accounts carry no source/,
    );
  });
});
