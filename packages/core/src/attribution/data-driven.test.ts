import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts, explanations, weights } from './__fixtures__/inspect';
import { attribute } from './attribute';

// The guide's three-path Markov example (analyzecore.com/2016/08/03/attribution-model-r-part-1)
// as deals: one won deal on C1 > C2 > C3 worth $1000, two lost deals on C1 and on C2 > C3.
// C1 = paid_search, C2 = email, C3 = webinar.
const threeDeals = dataset({
  people: [person('p1', null), person('p2', null), person('p3', null)],
  touchpoints: [
    touch('t1', 'p1', '2026-01-01T00:00:00Z', 'paid_search'),
    touch('t2', 'p1', '2026-01-02T00:00:00Z', 'email'),
    touch('t3', 'p1', '2026-01-03T00:00:00Z', 'webinar'),
    touch('t4', 'p2', '2026-01-01T00:00:00Z', 'paid_search'),
    touch('t5', 'p3', '2026-01-02T00:00:00Z', 'email'),
    touch('t6', 'p3', '2026-01-03T00:00:00Z', 'webinar'),
  ],
  deals: [
    deal('d1', ['p1'], {
      closedAt: '2026-02-01T00:00:00Z',
      amount: { amount: '1000.00', currency: 'USD' },
    }),
    deal('d2', ['p2'], { status: 'lost', closedAt: '2026-02-01T00:00:00Z' }),
    deal('d3', ['p3'], { status: 'lost', closedAt: '2026-02-01T00:00:00Z' }),
  ],
});

describe('deal-level Markov', () => {
  const result = attribute(threeDeals, { asOf: AS_OF, model: 'markov' });

  it('fits on won and lost journeys and reproduces the published removal effects', () => {
    const re = Object.fromEntries(
      (result.dataDriven?.channels ?? []).map((c) => [c.channel, c.removalEffect]),
    );
    expect(re.paid_search).toBeCloseTo(0.5, 14);
    expect(re.email).toBeCloseTo(1, 14);
    expect(re.webinar).toBeCloseTo(1, 14);
    expect(result.dataDriven?.markov?.conversionProbability).toBeCloseTo(1 / 3, 14);
    expect(result.dataDriven?.totals).toEqual({ conversions: 1, value: 1000, nulls: 2, paths: 3 });
  });

  it("pushes the credit down to the won deal's touches: $200 / $400 / $400, exact to the cent", () => {
    expect(result.deals.map((d) => d.dealId)).toEqual(['d1']);
    expect(weights(result)).toEqual({ t1: 0.2, t2: 0.4, t3: 0.4 });
    expect(amounts(result)).toEqual({ t1: '200.00', t2: '400.00', t3: '400.00' });
    expect(explanations(result).t1).toBe(
      "Markov removal effect (order 1): removing paid_search loses 50% of conversions over all journeys; this deal's 3 channels total 2.5, so paid_search takes 20%, its only touch — 20%",
    );
  });

  it('is deterministic and plain JSON', () => {
    expect(attribute(threeDeals, { asOf: AS_OF, model: 'markov' })).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('deal-level Shapley', () => {
  it('with the conversions value function splits each deal evenly by channel (simplified Shapley)', () => {
    const shapley = attribute(threeDeals, { asOf: AS_OF, model: 'shapley' });
    expect(weights(shapley)).toEqual(
      weights(attribute(threeDeals, { asOf: AS_OF, model: 'linear-per-channel' })),
    );
    expect(shapley.dataDriven?.shapley?.method).toBe('exact');
    expect(explanations(shapley).t1).toMatch(/splits evenly over its distinct channels/);
  });

  it('with the conversion-rate value function weights channels by their Shapley values', () => {
    const rate = attribute(threeDeals, {
      asOf: AS_OF,
      model: 'shapley',
      shapley: { valueFunction: 'conversion-rate' },
    });
    // Only the full set {paid_search, email, webinar} converts (rate 1; the others 0), so
    // v(S) is 1 for the grand coalition only and each channel's Shapley value is 1/3.
    expect(weights(rate)).toEqual({ t1: 0.3333, t2: 0.3333, t3: 0.3333 });
    expect(rate.dataDriven?.channels.map((c) => c.shapleyValue)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(rate.dataDriven?.shapley?.valueFunction).toBe('conversion-rate');
  });

  it('adds bootstrap intervals and warns below the minimum sample', () => {
    const r = attribute(threeDeals, { asOf: AS_OF, model: 'markov', bootstrap: { samples: 50 } });
    expect(r.dataDriven?.channels[0]?.intervals).toBeDefined();
    expect(r.dataDriven?.warnings[0]).toMatch(/only 1 conversions/);
  });

  it('rejects unknown data-driven options naming the allowed ones', () => {
    expect(() =>
      attribute(threeDeals, { asOf: AS_OF, model: 'markov', markov: { ordre: 2 } as never }),
    ).toThrow(/allowed: order, states, collapseRepeats/);
  });
});
