import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { hubspotTwoContacts } from './__fixtures__/hubspot-example';
import { amounts, explanations } from './__fixtures__/inspect';
import { attribute } from './attribute';

// Sources: HubSpot Knowledge Base, "Understand attribution reporting" (anchors are "the
// customer's last interaction before" each lifecycle event; "each interaction by the same
// contact is counted separately") — https://knowledge.hubspot.com/reports/understand-attribution-reporting —
// and the HubSpot blog's multi-contact rules —
// https://blog.hubspot.com/customers/a-closer-look-at-attribution-models-in-hubspot
// (as quoted in attribution.md §2.1). The weights (U 40/20/40, W 30/30/30/10, full path
// 22.5 × 4 + 10, J 20/60/20, inverse J 60/20/20) come from partner pages [S], e.g.
// https://www.thewayhow.com/learn-something/marketing-attribution-models
describe('HubSpot multi-contact deal (Ana and Ben)', () => {
  it('W-shaped: earliest touch of any contact, the oldest contact’s creation, the last touch before the deal', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'w-shaped',
      preset: 'hubspot',
    });
    expect(amounts(result)).toEqual({
      a1: '3600.00',
      b1: '400.00',
      b2: '3600.00',
      a2: '400.00',
      a3: '400.00',
      b3: '3600.00',
      a4: '0.00',
    });
    expect(result.deals[0]?.anchors.map((a) => [a.milestone, a.touchId, a.personId])).toEqual([
      ['first-touch', 'a1', 'ana'],
      ['lead-creation', 'b2', 'ben'],
      ['opportunity-created', 'b3', 'ben'],
    ]);
    expect(result.deals[0]?.excluded).toEqual([
      {
        dealId: 'd1',
        touchId: 'b4',
        reason: 'after-conversion',
        explanation: 'after the deal was won on 2026-04-15',
      },
    ]);
  });

  it('explains each credit in marketer words', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'w-shaped',
      preset: 'hubspot',
    });
    expect(explanations(result)).toEqual({
      a1: 'HubSpot W-shaped: first-touch anchor — the earliest touch of any contact on the deal, on 2026-01-05 — 30%',
      b1: 'HubSpot W-shaped: middle touch — 10% shared equally by 3 middle touches — 3.33%',
      b2: 'HubSpot W-shaped: lead-creation anchor — the last touch before the contact was created on 2026-01-20 — 30%',
      a2: 'HubSpot W-shaped: middle touch — 10% shared equally by 3 middle touches — 3.33%',
      a3: 'HubSpot W-shaped: middle touch — 10% shared equally by 3 middle touches — 3.33%',
      b3: 'HubSpot W-shaped: opportunity-created anchor — the last touch before the deal was created on 2026-03-07 — 30%',
      a4: 'HubSpot W-shaped: after the last anchor — only touches between the first and last anchors share the middle — 0%',
    });
  });

  it('full path adds the closed-won anchor: the last touch before the deal was won', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'full-path',
      preset: 'hubspot',
    });
    expect(amounts(result)).toEqual({
      a1: '2700.00',
      b1: '400.00',
      b2: '2700.00',
      a2: '400.00',
      a3: '400.00',
      b3: '2700.00',
      a4: '2700.00',
    });
  });

  it('U-shaped is first interaction + lead creation, 40/20/40', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'u-shaped',
      preset: 'hubspot',
    });
    expect(amounts(result)).toEqual({
      a1: '4800.00',
      b1: '2400.00',
      b2: '4800.00',
      a2: '0.00',
      a3: '0.00',
      b3: '0.00',
      a4: '0.00',
    });
  });

  it('J-shaped: 20% first, 60% the converting interaction, 20% between', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'j-shaped',
      preset: 'hubspot',
    });
    // 5 middle touches share 20% → 4% = 480.00 each; a1 2400.00, a4 7200.00.
    expect(amounts(result)).toEqual({
      a1: '2400.00',
      b1: '480.00',
      b2: '480.00',
      a2: '480.00',
      a3: '480.00',
      b3: '480.00',
      a4: '7200.00',
    });
  });

  it('deal-create reports explain deal creation: journeys stop when the deal is created', () => {
    const result = attribute(hubspotTwoContacts, {
      asOf: AS_OF,
      model: 'w-shaped',
      preset: 'hubspot',
      conversion: 'deal-created',
    });
    expect(result.deals[0]?.credits.map((c) => c.touchId)).toEqual([
      'a1',
      'b1',
      'b2',
      'a2',
      'a3',
      'b3',
    ]);
    expect(result.deals[0]?.excluded.map((e) => e.reason)).toEqual([
      'after-conversion',
      'after-conversion',
    ]);
  });
});

describe('HubSpot and Marketo Measure resolve lead creation differently', () => {
  // Ben is the oldest contact, created by an import after a page view; Ana's form fill is the
  // first form fill of the deal. HubSpot: the last touch before the oldest contact was
  // created (Ben's page view). Marketo Measure: the first form fill of any contact (Ana's).
  const data = dataset({
    people: [person('ana', '2026-02-01T12:00:00Z'), person('ben', '2026-01-10T12:00:00Z')],
    touchpoints: [
      touch('ben-page', 'ben', '2026-01-05T12:00:00Z', 'organic_search'),
      touch('ana-form', 'ana', '2026-02-01T12:00:00Z', 'paid_search', { type: 'form_submission' }),
      touch('ben-email', 'ben', '2026-02-15T12:00:00Z', 'email', { type: 'email_click' }),
    ],
    deals: [
      deal('d1', ['ana', 'ben'], {
        createdAt: '2026-02-20T12:00:00Z',
        closedAt: '2026-03-01T12:00:00Z',
      }),
    ],
  });

  it('HubSpot semantics: lead creation on Ben’s page view', () => {
    const result = attribute(data, {
      asOf: AS_OF,
      model: 'lead-creation',
      anchorSemantics: 'hubspot',
    });
    expect(amounts(result)).toEqual({
      'ben-page': '100.00',
      'ana-form': '0.00',
      'ben-email': '0.00',
    });
  });

  it('Marketo Measure semantics: lead creation on Ana’s form fill', () => {
    const result = attribute(data, {
      asOf: AS_OF,
      model: 'lead-creation',
      anchorSemantics: 'marketo-measure',
    });
    expect(amounts(result)).toEqual({
      'ben-page': '0.00',
      'ana-form': '100.00',
      'ben-email': '0.00',
    });
  });
});
