import { describe, expect, it } from 'vitest';
import { AS_OF } from './__fixtures__/builders';
import { TWO_DEALS_RATES, twoDeals } from './__fixtures__/two-deals';
import { attribute } from './attribute';
import type { SourcedRule } from './options';

const run = (sourcedRule?: SourcedRule) =>
  attribute(twoDeals, {
    asOf: AS_OF,
    model: 'first-touch',
    reportingCurrency: 'USD',
    exchangeRates: TWO_DEALS_RATES,
    ...(sourcedRule ? { sourcedRule } : {}),
  });

describe('marketing-sourced versus influenced', () => {
  it('is null until a rule is chosen', () => {
    expect(run().sourced).toBeNull();
  });

  it('lead source: d1 (paid search) sourced; d2 (primary contact from outbound) not', () => {
    const sourced = run('lead-source').sourced;
    expect(sourced?.sourced).toEqual({ deals: 1, value: '1000.00' });
    expect(sourced?.influenced).toEqual({ deals: 2, value: '3200.00' });
    expect(sourced?.deals).toEqual([
      {
        dealId: 'd1',
        sourced: true,
        influenced: true,
        explanation: 'lead source paid_search is a marketing channel',
      },
      {
        dealId: 'd2',
        sourced: false,
        influenced: true,
        explanation: 'lead source outbound is not a marketing channel',
      },
    ]);
  });

  it('first touch: d1 sourced; d2 starts with an outbound email', () => {
    const sourced = run('first-touch').sourced;
    expect(sourced?.deals.map((d) => [d.dealId, d.sourced, d.explanation])).toEqual([
      ['d1', true, 'first touch on paid_search, a marketing channel'],
      ['d2', false, 'first touch on outbound, not a marketing channel'],
    ]);
  });

  it("before sales' first activity: automated emails do not count as sales activity", () => {
    const sourced = run('before-sales-activity').sourced;
    expect(sourced?.deals.map((d) => [d.dealId, d.sourced, d.explanation])).toEqual([
      ['d1', true, "a marketing touch came before sales' first activity on 2026-01-07"],
      ['d2', false, "no marketing touch before sales' first activity on 2026-01-25"],
    ]);
    expect(sourced?.explanation).toMatch(
      /^marketing-sourced when a marketing touch happened before/,
    );
  });
});
