import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { Channel, type TouchpointType } from '../model/vocabulary';
import { toMinorUnits } from '../money/decimal';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { attribute } from './attribute';
import { ATTRIBUTION_MODEL_NAMES, type AttributionModelName } from './models/names';
import type { AttributionOptions } from './options';
import type { AttributionResult, DealAttribution } from './types';

const BASE = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;
const iso = (hours: number) => new Date(BASE + hours * HOUR).toISOString();
const CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD'] as const;
const RATES = { EUR: '1.08', JPY: '0.0067', KWD: '3.25' };
const INTERACTIONS = [
  'form_submission',
  'page_view',
  'page_view',
  'email_click',
  'ad_click',
  'webinar_attendance',
  'content_download',
  'email_sent',
] as const satisfies readonly TouchpointType[];

/** A small random B2B dataset: people on two accounts, touches, deals with contacts. */
const datasetArbitrary = fc
  .record({
    people: fc.array(
      fc.record({
        account: fc.constantFrom('acme', 'beta'),
        createdAt: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        mql: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    touches: fc.array(
      fc.record({
        person: fc.nat(),
        // Coarse times so that ties (and exact duplicates) happen.
        at: fc.integer({ min: 0, max: 40 }).map((k) => k * 12),
        channel: fc.constantFrom(...Channel.options.slice(0, 6), 'direct' as const),
        type: fc.constantFrom(...INTERACTIONS),
        campaign: fc.option(fc.constantFrom('c1', 'c2'), { nil: null }),
        origin: fc.constantFrom('online' as const, 'offline' as const),
      }),
      { maxLength: 14 },
    ),
    duplicates: fc.array(fc.nat(), { maxLength: 2 }),
    deals: fc.array(
      fc.record({
        contacts: fc.uniqueArray(fc.nat(3), { maxLength: 3 }),
        status: fc.constantFrom('won' as const, 'won' as const, 'open' as const, 'lost' as const),
        createdAt: fc.integer({ min: 100, max: 500 }),
        cycle: fc.integer({ min: 0, max: 300 }),
        minor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
        currency: fc.constantFrom(...CURRENCIES),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ people, touches, duplicates, deals }) =>
    dataset({
      people: people.map((p, k) =>
        person(`p${k}`, p.createdAt === null ? null : iso(p.createdAt), {
          accountId: p.account,
          stageDates: p.mql === null ? {} : { mql: iso(p.mql) },
        }),
      ),
      // Duplicates re-record an earlier touch under a new id.
      touchpoints: [
        ...touches,
        ...duplicates.flatMap((d) => touches.slice(d % (touches.length || 1)).slice(0, 1)),
      ].map((t, k) =>
        touch(
          `t${String(k).padStart(2, '0')}`,
          `p${t.person % people.length}`,
          iso(t.at),
          t.channel,
          {
            type: t.type,
            campaignId: t.campaign,
            origin: t.origin,
          },
        ),
      ),
      deals: deals.map((d, k) => {
        const digits = d.currency === 'JPY' ? 0 : d.currency === 'KWD' ? 3 : 2;
        const text = d.minor.toString().padStart(digits + 1, '0');
        const amount = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
        return deal(
          `d${k}`,
          d.contacts.filter((c) => c < people.length).map((c) => `p${c}`),
          {
            accountId: people[d.contacts[0] ?? 0]?.account ?? 'acme',
            status: d.status,
            createdAt: iso(d.createdAt),
            closedAt: d.status === 'open' ? null : iso(d.createdAt + d.cycle),
            amount: { amount, currency: d.currency },
          },
        );
      }),
    }),
  );

const customArbitrary = fc.record({
  anchors: fc.array(
    fc.record({
      milestone: fc.constantFrom(
        'first-touch',
        'lead-creation',
        'mql',
        'opportunity-created',
        'closed-won',
        'last-touch',
      ),
      weight: fc.integer({ min: 0, max: 10 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  middle: fc.integer({ min: 1, max: 10 }),
});

/** Random options for any model: every degenerate-case policy and journey option varies. */
const optionsArbitrary = fc
  .record({
    model: fc.constantFrom(...ATTRIBUTION_MODEL_NAMES),
    custom: customArbitrary,
    conversion: fc.constantFrom(
      'closed-won' as const,
      'deal-created' as const,
      'open-pipeline' as const,
    ),
    scope: fc.constantFrom('deal-contacts' as const, 'account' as const),
    lookbackDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    anchorSemantics: fc.constantFrom('hubspot' as const, 'marketo-measure' as const),
    redistribution: fc.constantFrom('proportional' as const, 'equal-split' as const),
    missingAnchor: fc.constantFrom('redistribute' as const, 'pending' as const),
    middleTouches: fc.constantFrom('all' as const, 'forms-and-campaigns' as const),
    middleSpan: fc.constantFrom('between-anchors' as const, 'all-unanchored' as const),
    timeDecayUnit: fc.constantFrom('exact' as const, 'calendar-days' as const),
    allDirect: fc.constantFrom('credit-last-direct' as const, 'unattributed' as const),
    distinctBy: fc.constantFrom('channel' as const, 'campaign' as const),
    roles: fc.boolean(),
  })
  .map(
    ({ model, custom, roles, ...rest }): AttributionOptions => ({
      ...rest,
      model: model as AttributionModelName,
      ...(model === 'custom' ? { custom } : {}),
      asOf: rest.conversion === 'open-pipeline' ? iso(450) : AS_OF,
      ...(roles ? { contactRoles: { weights: {}, default: 2, nonContact: 0.5 } } : {}),
      reportingCurrency: 'USD',
      exchangeRates: RATES,
    }),
  );

const minorOf = (amount: string | null, currency: string | null) =>
  amount === null || currency === null ? 0n : toMinorUnits(amount, currency);

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function shuffled(data: Dataset, seed: number): Dataset {
  return {
    ...data,
    people: shuffle(data.people, seed),
    touchpoints: shuffle(data.touchpoints, seed + 1),
    deals: shuffle(data.deals, seed + 2),
  };
}

const RUNS = { numRuns: 300 };

describe('attribution properties (fast-check)', () => {
  it('weights of a deal sum to 1 minus the pending share (participation: 1 per distinct value)', () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, (data, options) => {
        const result = attribute(data, options);
        for (const d of result.deals) {
          if (d.unattributed !== null) continue;
          const sum = d.credits.reduce((total, c) => total + c.weight, 0);
          if (result.model === 'participation') {
            const key = result.options.distinctBy === 'campaign' ? 'campaignId' : 'channel';
            expect(sum).toBeCloseTo(new Set(d.credits.map((c) => c[key])).size, 9);
          } else {
            expect(sum + d.pendingWeight).toBeCloseTo(1, 9);
          }
          for (const c of d.credits) expect(c.weight).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('credited amounts sum to the deal amount exactly, in the deal and the reporting currency', () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, (data, options) => {
        const result = attribute(data, options);
        for (const d of result.deals) {
          if (d.unattributed !== null || d.amount === null) continue;
          const amount = minorOf(d.amount, d.currency);
          const reporting = minorOf(d.reportingAmount, result.currency);
          if (result.model === 'participation') {
            const groups = new Map<string, bigint>();
            const key = result.options.distinctBy === 'campaign' ? 'campaignId' : 'channel';
            for (const c of d.credits) {
              const k = String(c[key]);
              groups.set(k, (groups.get(k) ?? 0n) + minorOf(c.amount, d.currency));
            }
            for (const total of groups.values()) expect(total).toBe(amount);
            continue;
          }
          const credited = d.credits.reduce((t, c) => t + minorOf(c.amount, d.currency), 0n);
          expect(credited + minorOf(d.pendingAmount, d.currency)).toBe(amount);
          const creditedReporting = d.credits.reduce(
            (t, c) => t + minorOf(c.reportingAmount, result.currency),
            0n,
          );
          expect(creditedReporting + minorOf(d.pendingReportingAmount, result.currency)).toBe(
            reporting,
          );
        }
        if (result.additive) {
          expect(
            minorOf(result.totals.attributedValue, result.currency) +
              minorOf(result.totals.unattributedValue, result.currency),
          ).toBe(minorOf(result.totals.value, result.currency));
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, fc.nat(), (data, options, seed) => {
        expect(attribute(shuffled(data, seed), options)).toEqual(attribute(data, options));
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, (data, options) => {
        expect(attribute(data, options)).toEqual(attribute(data, options));
      }),
      { numRuns: 100 },
    );
  });

  it("one deal's credit is unaffected by the other deals (rule-based models)", () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, (data, options) => {
        // Markov and Shapley learn channel strengths from every journey, by design.
        if (options.model === 'markov' || options.model === 'shapley') return;
        const all = attribute(data, options);
        for (const d of all.deals) {
          const alone = attribute(
            { ...data, deals: data.deals.filter((x) => x.id === d.dealId) },
            options,
          );
          expect(alone.deals).toEqual([d]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("simplified Shapley equals part 1's linear-per-channel on every deal", () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, (data, options) => {
        const run = (model: 'shapley' | 'linear-per-channel') =>
          attribute(data, { ...options, model, preset: undefined, custom: undefined }).deals.map(
            (d) => d.credits.map((c) => [c.touchId, c.weight, c.amount]),
          );
        expect(run('shapley')).toEqual(run('linear-per-channel'));
      }),
      { numRuns: 150 },
    );
  });

  it('every candidate touch of a journey is credited or listed as excluded, never both', () => {
    fc.assert(
      fc.property(datasetArbitrary, optionsArbitrary, (data, options) => {
        const result: AttributionResult = attribute(data, options);
        const people = new Map(data.people.map((p) => [p.id, p.accountId]));
        for (const d of result.deals as DealAttribution[]) {
          const source = data.deals.find((x) => x.id === d.dealId);
          const contacts = new Set(source?.contacts.map((c) => c.personId));
          const asOfMs = Date.parse(result.options.asOf);
          const candidates = data.touchpoints
            .filter(
              (t) =>
                // A touch after asOf had not happened yet: not a candidate.
                !(Date.parse(t.occurredAt) > asOfMs) &&
                ((t.personId !== null && contacts.has(t.personId)) ||
                  (result.options.scope === 'account' &&
                    t.personId !== null &&
                    people.get(t.personId) === source?.accountId)),
            )
            .map((t) => t.id)
            .sort();
          const credited = d.credits.map((c) => c.touchId);
          const excluded = d.excluded.map((e) => e.touchId);
          expect([...credited, ...excluded].sort()).toEqual(candidates);
          expect(d.journeyLength).toBe(credited.length);
        }
      }),
      RUNS,
    );
  });
});
