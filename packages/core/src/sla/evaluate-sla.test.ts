import { describe, expect, it } from 'vitest';
import { History } from '../lead-timeline/__fixtures__/history';
import { MissingExchangeRateError } from '../money/convert';
import { OptionsError } from '../options/options-error';
import { AS_OF, april, SLA } from './__fixtures__/april';
import { evaluateSla } from './evaluate-sla';
import type { Sla } from './schema';

const result = evaluateSla(april().dataset(), SLA, { asOf: AS_OF });

describe('evaluateSla: sales', () => {
  it('tallies the first-touch clock: met + breached = eligible', () => {
    // S5, rejected unseen, does not meet the SLA under the default rule: met 2 of 4.
    expect(result.sales.firstTouch).toEqual({
      eligible: 4,
      met: 2,
      breached: 2,
      attainment: 0.5,
      running: 1,
      notStarted: 1,
      withinBusinessHours: 4,
      clockStartsAt: 'assignment',
      stoppedBy: 'touch',
      rejectedUnseen: 1,
    });
    expect(result.sales.attempts).toEqual({
      eligible: 4,
      met: 2,
      breached: 2,
      attainment: 0.5,
      running: 1,
      notStarted: 1,
      min: 2,
      withinBusinessDays: 2,
    });
  });

  it('lists each breach with owner, clock start, deadline and stop', () => {
    expect(result.breaches).toEqual([
      {
        kind: 'late_first_touch',
        episodeId: 'p2#1',
        personId: 'p2',
        leadId: null,
        ownerId: 'rep2',
        ownerName: 'Sam Rep',
        responsible: 'owner',
        campaignId: null,
        channel: 'paid_search',
        clockStartedAt: '2026-04-13T13:30:00Z',
        deadlineAt: '2026-04-13T17:30:00Z',
        clockStoppedAt: '2026-04-13T18:00:00Z',
        stoppedBy: 'touch',
        running: false,
        attempts: 1,
        overdueBusinessMinutes: 30,
      },
      expect.objectContaining({
        kind: 'too_few_attempts',
        episodeId: 'p2#1',
        deadlineAt: '2026-04-15T13:30:00Z',
        clockStoppedAt: '2026-04-15T13:30:00Z',
        stoppedBy: 'window',
        attempts: 1,
      }),
      // S5: rejected at 10:00 with no touch; the deadline (13:00) passed untouched. The lead
      // is done, so the clock stopped at the rejection, charged to rep2.
      expect.objectContaining({
        kind: 'rejected_without_touch',
        episodeId: 'p5#1',
        ownerId: 'rep2',
        responsible: 'owner',
        deadlineAt: '2026-04-16T17:00:00Z',
        clockStoppedAt: '2026-04-16T14:00:00Z',
        stoppedBy: 'rejection',
        running: false,
        overdueBusinessMinutes: 0,
      }),
      expect.objectContaining({
        kind: 'too_few_attempts',
        episodeId: 'p5#1',
        ownerId: 'rep2',
        clockStoppedAt: '2026-04-16T14:00:00Z',
        stoppedBy: 'rejection',
        attempts: 0,
      }),
    ]);
  });

  it('holds each owner and source to the same invariant', () => {
    const byOwner = result.sales.byOwner.map((row) => [
      row.ownerId,
      row.firstTouch.eligible,
      row.firstTouch.met,
      row.firstTouch.running,
      row.firstTouch.notStarted,
    ]);
    // S4 never left the queue: its clock is routing's, not the queue's as if it were an owner.
    expect(byOwner).toEqual([
      ['rep1', 2, 2, 1, 0],
      ['rep2', 2, 0, 0, 0],
    ]);
    expect(result.sales.routing.firstTouch).toMatchObject({ eligible: 0, notStarted: 1 });
    expect(
      result.sales.bySource.map((row) => [
        row.channel,
        row.firstTouch.eligible,
        row.firstTouch.met,
      ]),
    ).toEqual([
      ['paid_search', 2, 1],
      ['webinar', 2, 1],
    ]);
  });

  it('counts the holiday: without it S1 would have been late', () => {
    const noHoliday = evaluateSla(
      april().dataset(),
      { ...SLA, businessHours: { timeZone: 'America/New_York' } },
      { asOf: AS_OF },
    );
    // Deadline Fri 3 Apr 11:00; the call on Monday is late by 7.5 business hours (450 min).
    expect(
      noHoliday.breaches
        .filter((b) => b.kind === 'late_first_touch')
        .map((b) => [b.episodeId, b.overdueBusinessMinutes]),
    ).toEqual([
      ['p1#1', 450],
      ['p2#1', 30],
    ]);
  });

  it('stops the clock on a rejection with a reason only when asked (touch-or-reasoned-rejection)', () => {
    const reasoned: Sla = {
      ...SLA,
      sales: {
        ...SLA.sales,
        firstTouch: {
          withinBusinessHours: 4,
          clockStartsAt: 'assignment',
          stoppedBy: 'touch-or-reasoned-rejection',
        },
      },
    };
    // S5's "Duplicate" at 10:00 gives a reason: it stops the clock in time (met 3 of 4).
    const withReason = evaluateSla(april().dataset(), reasoned, { asOf: AS_OF });
    expect(withReason.sales.firstTouch).toMatchObject({ met: 3, breached: 1, rejectedUnseen: 1 });
    // Without a reason the rejection does not stop it, even under that rule.
    const h = new History()
      .person('q', '2026-03-01T10:00:00Z')
      .stage('q', '2026-04-16T13:00:00Z', 'lead', 'mql')
      .owner('q', '2026-04-16T13:00:00Z', null, 'rep2')
      .status('q', '2026-04-16T14:00:00Z', 'Unqualified', null);
    const noReason = evaluateSla(h.dataset(), reasoned, { asOf: AS_OF });
    expect(noReason.sales.firstTouch).toMatchObject({ met: 0, breached: 1, rejectedUnseen: 1 });
    expect(noReason.breaches.map((b) => b.kind)).toEqual([
      'rejected_without_touch',
      'too_few_attempts',
    ]);
  });

  it('starts the clock at the MQL when asked: routing delays count, the queue owns breaches', () => {
    const fromMql = evaluateSla(
      april().dataset(),
      { ...SLA, sales: { firstTouch: { withinBusinessHours: 4, clockStartsAt: 'mql' } } },
      { asOf: AS_OF },
    );
    expect(fromMql.sales.attempts).toBeNull();
    expect(fromMql.sales.firstTouch).toMatchObject({
      eligible: 5,
      met: 2,
      breached: 3,
      running: 1,
      notStarted: 0,
    });
    expect(
      fromMql.breaches.map((b) => [
        b.kind,
        b.episodeId,
        b.ownerId,
        b.responsible,
        b.deadlineAt,
        b.running,
      ]),
    ).toEqual([
      // Fri 16:00 + 1 h Friday + 3 h Monday → Mon 12:00 EDT; the touch at 14:00 is late.
      ['late_first_touch', 'p2#1', 'rep2', 'owner', '2026-04-13T16:00:00Z', false],
      // Still in the queue at its deadline: a routing breach, not the queue's as an owner.
      ['no_first_touch', 'p4#1', 'queue', 'routing', '2026-04-15T17:00:00Z', true],
      ['rejected_without_touch', 'p5#1', 'rep2', 'owner', '2026-04-16T17:00:00Z', false],
    ]);
    expect(fromMql.sales.routing.firstTouch).toMatchObject({ eligible: 1, breached: 1 });
    expect(fromMql.sales.byOwner.map((o) => o.ownerId)).toEqual(['rep1', 'rep2']);
  });

  it('stops the clock exactly at the deadline across the DST change', () => {
    // MQL Fri 6 March 15:00 EST; 2 h Friday, 2 h Monday (now EDT) → Mon 9 March 11:00 EDT.
    const touchedAt = (at: string) =>
      new History()
        .person('p', '2026-03-01T10:00:00Z')
        .stage('p', '2026-03-06T20:00:00Z', 'lead', 'mql')
        .owner('p', '2026-03-06T20:00:00Z', null, 'rep1')
        .activity('p', at, 'call')
        .dataset();
    const sla: Sla = { ...SLA, marketing: { metric: 'mqls', target: 1, per: 'month' } };
    const march = (at: string, asOf = '2026-03-20T00:00:00Z') =>
      evaluateSla(touchedAt(at), sla, { asOf }).sales.firstTouch;
    expect(march('2026-03-09T15:00:00Z')).toMatchObject({ met: 1, breached: 0 });
    expect(march('2026-03-09T15:00:01Z')).toMatchObject({ met: 0, breached: 1 });
    // Touched in time but asked before the deadline: not eligible yet, the window is open.
    expect(march('2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z')).toMatchObject({
      eligible: 0,
      running: 1,
    });
  });
});

describe('evaluateSla: marketing', () => {
  it('paces the MQL commitment on calendar or business time', () => {
    // 6 of 10 MQLs; 19.5 of April's 30 days have passed (0.65).
    expect(result.marketing).toMatchObject({
      metric: 'mqls',
      target: 10,
      actual: 6,
      attainment: 0.6,
      pacingBasis: 'calendar',
      // 6 ÷ 0.65 = 9.2307…: kept to the hundredth, as goals keep decimals.
      runRateForecast: 9.23,
    });
    expect(result.marketing.elapsedFraction).toBeCloseTo(0.65, 12);
    expect(result.marketing.pacing).toBeCloseTo(0.6 / 0.65, 12);
    expect(result.marketing.bySource).toEqual([
      { channel: 'paid_search', actual: 3 },
      { channel: 'webinar', actual: 3 },
    ]);
    // Business time: 12 working days (96 h) and 3 h on 20 April of 21 working days (168 h).
    const business = evaluateSla(april().dataset(), SLA, { asOf: AS_OF, pacing: 'business' });
    expect(business.marketing.elapsedFraction).toBeCloseTo(99 / 168, 12);
    expect(result.period).toEqual({
      start: '2026-04-01',
      end: '2026-04-30',
      timeZone: 'America/New_York',
      startsAt: '2026-04-01T04:00:00Z',
      endsAt: '2026-05-01T04:00:00Z',
    });
  });

  it('counts SALs at acceptance and sourced pipeline in the commitment currency', () => {
    const h = april()
      .stage('p1', '2026-04-08T14:00:00Z', 'mql', 'sal')
      .stage('p6', '2026-04-20T13:00:00Z', 'mql', 'sal')
      .lead('L1', 'p1', '2026-04-02T19:00:00Z', { convertedDealId: 'd1' })
      .lead('L6', 'p6', '2026-04-17T13:00:00Z', { convertedDealId: 'd6' })
      .lead('L5', 'p5', '2026-04-16T13:00:00Z', { convertedDealId: 'd5' })
      .deal('d1', {
        status: 'open',
        createdAt: '2026-04-09T14:00:00Z',
        amount: { amount: '1000.00', currency: 'EUR' },
      })
      .deal('d6', {
        status: 'open',
        createdAt: '2026-04-20T14:00:00Z',
        amount: { amount: '250.50', currency: 'USD' },
      })
      .deal('d5', {
        status: 'open',
        createdAt: '2026-04-17T14:00:00Z',
        amount: { amount: '99.00', currency: null },
      });
    const sals = evaluateSla(
      h.dataset(),
      { ...SLA, marketing: { metric: 'sals', target: 4, per: 'month' } },
      { asOf: AS_OF },
    );
    expect(sals.marketing).toMatchObject({ actual: 3, attainment: 0.75 }); // p1, p6 and p5's deal
    const pipeline = evaluateSla(
      h.dataset(),
      {
        ...SLA,
        marketing: { metric: 'sourced_pipeline', target: '5000.00', currency: 'USD', per: 'month' },
      },
      { asOf: AS_OF, exchangeRates: { EUR: '1.08' } },
    );
    // 1000 EUR × 1.08 + 250.50 USD = 1330.50 USD; d5 has no currency and is reported.
    expect(pipeline.marketing).toMatchObject({
      actual: '1330.50',
      currency: 'USD',
      target: '5000.00',
    });
    expect(pipeline.marketing.attainment).toBeCloseTo(1330.5 / 5000, 12);
    expect(pipeline.quality).toContainEqual(
      expect.objectContaining({ code: 'opportunity_missing_amount', ids: ['d5'] }),
    );
    expect(() =>
      evaluateSla(
        h.dataset(),
        {
          ...SLA,
          marketing: {
            metric: 'sourced_pipeline',
            target: '5000.00',
            currency: 'USD',
            per: 'month',
          },
        },
        { asOf: AS_OF },
      ),
    ).toThrow(MissingExchangeRateError);
  });
});

describe('evaluateSla: response times', () => {
  it('splits routing and owner delay with P50/P90/P95 and bands', () => {
    const { routingDelay, ownerDelay, speedToLead } = result.responseTimes.business;
    // Routing: S1 0, S2 90, S3 0, S5 0, S6 0 (S4 still queued).
    expect(routingDelay).toMatchObject({ count: 5, p50: 0, waiting: 1, rejectedUnseen: 0 });
    // Sorted 0, 0, 0, 0, 90: P90 at rank 3.6 → 0.6 · 90; P95 at rank 3.8 → 0.8 · 90.
    expect(routingDelay.p90).toBeCloseTo(54, 9);
    expect(routingDelay.p95).toBeCloseTo(72, 9);
    expect(routingDelay.bands.map((b) => b.count)).toEqual([4, 0, 1, 0]);
    // Owner: S6 120, S1 210 (2 h Thursday + 1.5 h Monday), S2 270; S3 and S4 untouched and
    // waiting; S5 was rejected untouched: done, not waiting.
    expect(ownerDelay).toMatchObject({ count: 3, p50: 210, waiting: 2, rejectedUnseen: 1 });
    expect(ownerDelay.p90).toBeCloseTo(258, 9); // rank 1.8: 210 + 0.8 · 60
    expect(ownerDelay.p95).toBeCloseTo(264, 9);
    expect(speedToLead).toMatchObject({ count: 3, p50: 210, waiting: 2, rejectedUnseen: 1 });
    // Wall clock: S2 waited from Friday 20:00Z to Monday 13:30Z, 65.5 hours.
    expect(result.responseTimes.elapsed.routingDelay.p95).toBeCloseTo(0.8 * 3930 + 0.2 * 0, 9);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('evaluateSla: invalid input', () => {
  it.each([
    [{ ...SLA, marketing: { metric: 'mqls', target: -1, per: 'month' } }, /marketing.target/],
    [{ ...SLA, marketing: { metric: 'mqls', target: 5, per: 'fortnight' } }, /marketing.per/],
    [
      { ...SLA, marketing: { metric: 'sourced_pipeline', target: '1', per: 'month' } },
      /marketing.currency/,
    ],
    [{ ...SLA, sales: { firstTouch: { withinBusinessHours: 0 } } }, /withinBusinessHours/],
    [
      { ...SLA, sales: { ...SLA.sales, attempts: { min: 0, withinBusinessDays: 1 } } },
      /attempts.min/,
    ],
    [{ ...SLA, businessHours: { timeZone: 'Nowhere' } }, /businessHours.timeZone/],
  ])('rejects the SLA %#', (sla, message) => {
    const run = () => evaluateSla(april().dataset(), sla as Sla, { asOf: AS_OF });
    expect(run).toThrow(OptionsError);
    expect(run).toThrow(message);
  });

  it('rejects invalid options', () => {
    expect(() =>
      evaluateSla(april().dataset(), SLA, { asOf: AS_OF, cycle: 'last' as never }),
    ).toThrow(/cycle: unknown value "last"/);
    expect(() => evaluateSla(april().dataset(), SLA, { asOf: 'yesterday' })).toThrow(OptionsError);
  });
});
