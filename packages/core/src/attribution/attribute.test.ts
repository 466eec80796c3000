import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../model/dataset';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { hubspotTwoContacts } from './__fixtures__/hubspot-example';
import { amounts, explanations, weights } from './__fixtures__/inspect';
import { TWO_DEALS_RATES, twoDeals } from './__fixtures__/two-deals';
import { attribute } from './attribute';
import { ATTRIBUTION_MODEL_NAMES } from './models/names';
import type { AttributionOptions } from './options';

describe('attribute', () => {
  it('explains credits as the issue asks: "W-shaped: lead-creation anchor — … — 30%"', () => {
    const data = dataset({
      people: [person('p1', '2026-03-07T09:00:00Z')],
      touchpoints: [
        touch('visit', 'p1', '2026-03-01T09:00:00Z', 'organic_search'),
        touch('form', 'p1', '2026-03-07T09:00:00Z', 'paid_social', { type: 'form_submission' }),
        touch('webinar', 'p1', '2026-03-20T09:00:00Z', 'webinar', { type: 'webinar_attendance' }),
        touch('pricing', 'p1', '2026-04-01T09:00:00Z', 'direct'),
      ],
      deals: [
        deal('d1', ['p1'], { createdAt: '2026-04-02T09:00:00Z', closedAt: '2026-05-01T09:00:00Z' }),
      ],
    });
    const result = attribute(data, { asOf: AS_OF, model: 'w-shaped' });
    expect(explanations(result).form).toBe(
      'W-shaped: lead-creation anchor — the last touch before the contact was created on 2026-03-07 — 30%',
    );
    expect(amounts(result)).toEqual({
      visit: '30.00',
      form: '30.00',
      webinar: '10.00',
      pricing: '30.00',
    });
  });

  it('an empty dataset gives an empty, valid result for every model', () => {
    for (const model of ATTRIBUTION_MODEL_NAMES) {
      const options = (
        model === 'custom'
          ? { model, asOf: AS_OF, custom: { anchors: [{ milestone: 'mql', weight: 1 }] } }
          : { model, asOf: AS_OF }
      ) as AttributionOptions;
      const result = attribute(emptyDataset(), options);
      expect(result.deals).toEqual([]);
      expect(result.currency).toBeNull();
      expect(result.totals).toEqual({
        deals: 0,
        attributedDeals: 0,
        unattributedDeals: 0,
        value: '0',
        attributedValue: '0',
        unattributedValue: '0',
        pendingValue: '0',
      });
      expect(result.rollups.byChannel).toEqual([]);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('results are plain JSON', () => {
    const result = attribute(twoDeals, {
      asOf: AS_OF,
      model: 'full-path',
      reportingCurrency: 'USD',
      exchangeRates: TWO_DEALS_RATES,
      sourcedRule: 'first-touch',
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('deal-level data-quality findings: amount without currency, no amount', () => {
    const data = dataset({
      people: [person('p1', '2026-01-01T00:00:00Z')],
      touchpoints: [touch('t1', 'p1', '2026-01-02T00:00:00Z', 'email')],
      deals: [
        deal('no-currency', ['p1'], {
          amount: { amount: '500.00', currency: null },
          closedAt: '2026-01-10T00:00:00Z',
        }),
        deal('no-amount', ['p1'], { amount: null, closedAt: '2026-01-10T00:00:00Z' }),
        deal('ok', ['p1'], { closedAt: '2026-01-10T00:00:00Z' }),
      ],
    });
    const result = attribute(data, { asOf: AS_OF, model: 'first-touch' });
    expect(result.findings.map((f) => [f.dealId, f.code, f.severity])).toEqual([
      ['no-amount', 'deal-without-amount', 'info'],
      ['no-currency', 'amount-without-currency', 'warning'],
    ]);
    expect(result.findings[1]?.message).toBe(
      'deal no-currency has an amount of 500.00 but no currency: it is counted, with no value',
    );
    // Counted and credited by weight, but with no money.
    const noCurrency = result.deals.find((d) => d.dealId === 'no-currency');
    expect(noCurrency?.credits[0]).toMatchObject({
      weight: 1,
      amount: null,
      reportingAmount: null,
    });
    expect(result.totals).toMatchObject({ deals: 3, attributedDeals: 3, value: '100.00' });
    expect(result.rollups.byChannel[0]).toMatchObject({
      key: 'email',
      value: '100.00',
      credit: 3,
      deals: 3,
    });
  });

  it('a won deal without closedAt uses its close date (end of day), with a finding', () => {
    const data = dataset({
      people: [person('p1', '2026-01-01T00:00:00Z')],
      touchpoints: [
        touch('same-day', 'p1', '2026-01-10T20:00:00Z', 'email'),
        touch('next-day', 'p1', '2026-01-11T01:00:00Z', 'email'),
      ],
      deals: [deal('d1', ['p1'], { closeDate: '2026-01-10' }), deal('d2', ['p1'])],
    });
    const result = attribute(data, { asOf: AS_OF, model: 'last-touch' });
    expect(amounts(result)).toEqual({ 'same-day': '100.00' });
    expect(result.findings.map((f) => [f.dealId, f.code])).toEqual([
      ['d1', 'close-time-from-close-date'],
      ['d2', 'won-deal-without-close-time'],
    ]);
    expect(result.totals.deals).toBe(1);
  });

  it('conversions: deal created (all deals) and open pipeline (open at asOf)', () => {
    const data = dataset({
      people: [person('p1', '2026-01-01T00:00:00Z')],
      touchpoints: [touch('t1', 'p1', '2026-01-02T00:00:00Z', 'email')],
      deals: [
        deal('won', ['p1'], {
          createdAt: '2026-01-05T00:00:00Z',
          closedAt: '2026-01-10T00:00:00Z',
        }),
        deal('lost', ['p1'], { status: 'lost', createdAt: '2026-01-06T00:00:00Z' }),
        deal('open', ['p1'], { status: 'open', createdAt: '2026-01-07T00:00:00Z' }),
        deal('later', ['p1'], { status: 'open', createdAt: '2026-03-01T00:00:00Z' }),
        deal('gone', ['p1'], { status: 'open', deletedAt: '2026-01-08T00:00:00Z' }),
      ],
    });
    const created = attribute(data, { asOf: AS_OF, model: 'linear', conversion: 'deal-created' });
    expect(created.deals.map((d) => d.dealId)).toEqual(['later', 'lost', 'open', 'won']);
    const open = attribute(data, {
      model: 'linear',
      conversion: 'open-pipeline',
      asOf: '2026-02-01T00:00:00Z',
    });
    expect(open.deals.map((d) => [d.dealId, d.convertedAt])).toEqual([
      ['open', '2026-02-01T00:00:00.000Z'],
    ]);
    const asOf = attribute(data, { model: 'linear', asOf: '2026-01-09T00:00:00Z' });
    expect(asOf.deals).toEqual([]);
    const period = attribute(data, {
      asOf: AS_OF,
      model: 'linear',
      conversion: 'deal-created',
      period: { start: '2026-01-06', end: '2026-01-07' },
    });
    expect(period.deals.map((d) => d.dealId)).toEqual(['lost', 'open']);
  });

  it('weights contacts by their role on the deal, then renormalises', () => {
    const data = dataset({
      people: [person('buyer', '2026-01-01T00:00:00Z'), person('user', '2026-01-01T00:00:00Z')],
      touchpoints: [
        touch('b', 'buyer', '2026-01-02T00:00:00Z', 'email'),
        touch('u', 'user', '2026-01-03T00:00:00Z', 'webinar'),
        touch('i', 'intern', '2026-01-04T00:00:00Z', 'content'),
      ],
      deals: [
        {
          ...deal('d1', [], { closedAt: '2026-01-10T00:00:00Z' }),
          contacts: [
            { personId: 'buyer', role: 'Economic Buyer' },
            { personId: 'user', role: 'User' },
            { personId: 'intern', role: 'Intern' },
          ],
        },
      ],
    });
    // Linear 1/3 each × (3, 1, 0) → 3/4, 1/4; the intern's touch is excluded.
    const result = attribute(data, {
      asOf: AS_OF,
      model: 'linear',
      contactRoles: { weights: { 'economic buyer': 3, User: 1, Intern: 0 } },
    });
    expect(weights(result)).toEqual({ b: 0.75, u: 0.25 });
    expect(result.deals[0]?.excluded).toEqual([
      {
        dealId: 'd1',
        touchId: 'i',
        reason: 'zero-role-weight',
        explanation: 'contact role Intern has weight 0',
      },
    ]);
    expect(explanations(result).b).toBe(
      'Linear: 1 of 2 touches — 50%, × contact role weight 3 (Economic Buyer) and renormalised → 75%',
    );
  });

  it('anchors on lifecycle stages: the first contact to become MQL, and their last touch before', () => {
    const data = dataset({
      people: [
        person('ana', '2026-01-01T00:00:00Z', { stageDates: { mql: '2026-02-01T00:00:00Z' } }),
        person('ben', '2026-01-01T00:00:00Z', { stageDates: { mql: '2026-01-20T00:00:00Z' } }),
      ],
      touchpoints: [
        touch('ana-1', 'ana', '2026-01-05T00:00:00Z', 'email'),
        touch('ben-1', 'ben', '2026-01-10T00:00:00Z', 'webinar'),
        touch('ana-2', 'ana', '2026-01-15T00:00:00Z', 'content'),
        touch('ben-2', 'ben', '2026-01-25T00:00:00Z', 'direct'),
      ],
      deals: [deal('d1', ['ana', 'ben'], { closedAt: '2026-03-01T00:00:00Z' })],
    });
    const result = attribute(data, {
      asOf: AS_OF,
      model: 'custom',
      custom: {
        anchors: [
          { milestone: 'first-touch', weight: 50 },
          { milestone: 'mql', weight: 50 },
        ],
      },
    });
    // Ben became MQL first (2026-01-20); his last touch before it is ben-1.
    expect(weights(result)).toEqual({ 'ana-1': 0.5, 'ben-1': 0.5, 'ana-2': 0, 'ben-2': 0 });
    expect(explanations(result)['ben-1']).toBe(
      'Custom: MQL anchor — the last touch before the contact became MQL on 2026-01-20 — 50%',
    );
  });

  it('an anchor no touch resolves is redistributed, and said so', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'custom',
      custom: {
        anchors: [
          { milestone: 'first-touch', weight: 1 },
          { milestone: 'sal', weight: 1 },
        ],
      },
    });
    expect(result.deals[0]?.anchors[1]).toEqual({
      milestone: 'sal',
      weight: 0.5,
      touchId: null,
      at: null,
      personId: null,
      explanation: 'no contact of the deal became SAL before the conversion',
    });
    expect(weights(result).a1).toBe(1);
    expect(explanations(result).a1).toBe(
      'Custom: first-touch anchor — the earliest touch of any contact on the deal, on 2026-01-05 — 50% scaled to 100% (no touch for the SAL anchor: shares renormalised)',
    );
  });

  it('filters by type and channel, and excludes deleted touches, each with a reason', () => {
    const data = dataset({
      people: [person('p1', '2026-01-01T00:00:00Z')],
      touchpoints: [
        touch('sent', 'p1', '2026-01-02T00:00:00Z', 'email', { type: 'email_sent' }),
        touch('open', 'p1', '2026-01-03T00:00:00Z', 'email', { type: 'email_open' }),
        touch('ad', 'p1', '2026-01-04T00:00:00Z', 'display', { type: 'ad_click' }),
        touch('gone', 'p1', '2026-01-05T00:00:00Z', 'email', { deletedAt: '2026-01-06T00:00:00Z' }),
        touch('kept', 'p1', '2026-01-06T00:00:00Z', 'organic_search'),
      ],
      deals: [deal('d1', ['p1'], { closedAt: '2026-01-10T00:00:00Z' })],
    });
    const result = attribute(data, { asOf: AS_OF, model: 'linear', excludeChannels: ['display'] });
    expect(result.deals[0]?.excluded.map((e) => [e.touchId, e.reason, e.explanation])).toEqual([
      [
        'sent',
        'filtered-type',
        'touch type excluded (email_sent, email_delivered, email_bounce, email_unsubscribe)',
      ],
      ['ad', 'filtered-channel', 'channel excluded (display)'],
      ['gone', 'deleted', 'deleted in the CRM'],
    ]);
    expect(weights(result)).toEqual({ open: 0.5, kept: 0.5 });
    const hubspot = attribute(data, {
      asOf: AS_OF,
      model: 'linear',
      preset: 'hubspot',
      includeTypes: ['page_view'],
    });
    expect(weights(hubspot)).toEqual({ kept: 1 });
  });

  it('account scope adds the account’s other people and account-level touches', () => {
    const data = dataset({
      people: [
        person('contact', '2026-01-01T00:00:00Z', { accountId: 'acme' }),
        person('colleague', '2026-01-01T00:00:00Z', { accountId: 'acme' }),
      ],
      touchpoints: [
        touch('colleague-visit', 'colleague', '2026-01-02T00:00:00Z', 'organic_search'),
        touch('account-ad', null, '2026-01-03T00:00:00Z', 'display', { accountId: 'acme' }),
        touch('contact-form', 'contact', '2026-01-04T00:00:00Z', 'webinar'),
      ],
      deals: [deal('d1', ['contact'], { accountId: 'acme', closedAt: '2026-01-10T00:00:00Z' })],
    });
    expect(weights(attribute(data, { asOf: AS_OF, model: 'linear' }))).toEqual({
      'contact-form': 1,
    });
    const account = attribute(data, {
      asOf: AS_OF,
      model: 'linear',
      scope: 'account',
      contactRoles: { weights: {}, nonContact: 0.5 },
    });
    // 1/3 each × (0.5, 0.5, 1) → 0.25, 0.25, 0.5.
    expect(weights(account)).toEqual({
      'colleague-visit': 0.25,
      'account-ad': 0.25,
      'contact-form': 0.5,
    });
  });

  it('summary detail keeps totals and rollups, drops the per-touch ledger', () => {
    const full = attribute(twoDeals, {
      asOf: AS_OF,
      model: 'linear',
      reportingCurrency: 'USD',
      exchangeRates: TWO_DEALS_RATES,
    });
    const summary = attribute(twoDeals, {
      asOf: AS_OF,
      model: 'linear',
      reportingCurrency: 'USD',
      exchangeRates: TWO_DEALS_RATES,
      detail: 'summary',
    });
    expect(summary.deals.every((d) => d.credits.length === 0 && d.excluded.length === 0)).toBe(
      true,
    );
    expect(summary.rollups).toEqual(full.rollups);
    expect(summary.totals).toEqual(full.totals);
  });
});
