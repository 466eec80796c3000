import { describe, expect, it } from 'vitest';
import { adobeExample } from './__fixtures__/adobe-example';
import { AS_OF } from './__fixtures__/builders';
import { amounts } from './__fixtures__/inspect';
import { attribute } from './attribute';

// Source: Adobe Analytics, "Attribution models, containers and lookback windows" — example
// section. https://experienceleague.adobe.com/en/docs/analytics/analyze/analysis-workspace/attribution/models
// (stored as AdobeDocs/analytics.en help/analyze/analysis-workspace/attribution/models.md)
describe('Adobe Analytics worked example ($50 purchase, four channels)', () => {
  it('first touch, visitor lookback: paid search gets $50', () => {
    const result = attribute(adobeExample, { asOf: AS_OF, model: 'first-touch', preset: 'adobe' });
    expect(amounts(result)).toEqual({
      'paid-search': '50.00',
      social: '0.00',
      email: '0.00',
      display: '0.00',
    });
  });

  it('linear, visitor lookback: $12.50 each', () => {
    const result = attribute(adobeExample, { asOf: AS_OF, model: 'linear', preset: 'adobe' });
    expect(amounts(result)).toEqual({
      'paid-search': '12.50',
      social: '12.50',
      email: '12.50',
      display: '12.50',
    });
  });

  it('J-shaped, visitor lookback: display $30, paid search $10, social and email $5', () => {
    const result = attribute(adobeExample, { asOf: AS_OF, model: 'j-shaped', preset: 'adobe' });
    expect(amounts(result)).toEqual({
      'paid-search': '10.00',
      social: '5.00',
      email: '5.00',
      display: '30.00',
    });
  });

  it('time decay, 7-day half-life, whole days: $16.88 / $16.88 / $9.32 / $6.92', () => {
    const result = attribute(adobeExample, { asOf: AS_OF, model: 'time-decay', preset: 'adobe' });
    expect(amounts(result)).toEqual({
      'paid-search': '6.92',
      social: '9.32',
      email: '16.88',
      display: '16.88',
    });
    const deal = result.deals[0];
    // Adobe's published shares: 33.8%, 33.8%, 18.6%, 13.8%.
    expect(deal?.credits.map((c) => Math.round(c.weight * 1000) / 10)).toEqual([
      13.8, 18.6, 33.8, 33.8,
    ]);
    expect(deal?.credits[0]?.explanation).toBe(
      'Adobe Analytics Time decay (half-life 7 days): 9 calendar days before the deal was won on 2025-09-24 — 2^(−9/7) = 0.41, normalised — 13.85%',
    );
  });

  it('participation: the full $50 to each of the four channels', () => {
    const result = attribute(adobeExample, {
      asOf: AS_OF,
      model: 'participation',
      preset: 'adobe',
    });
    expect(amounts(result)).toEqual({
      'paid-search': '50.00',
      social: '50.00',
      email: '50.00',
      display: '50.00',
    });
    expect(result.additive).toBe(false);
    expect(result.totals.attributedValue).toBe('200.00');
  });

  it('visit lookback (only the last visit): first touch email $50, linear $25 + $25', () => {
    // The Sept 24 visit starts at 09:00; a 1.5-hour window before the 10:00 purchase holds it.
    const lookbackDays = 1.5 / 24;
    const first = attribute(adobeExample, {
      asOf: AS_OF,
      model: 'first-touch',
      preset: 'adobe',
      lookbackDays,
    });
    expect(amounts(first)).toEqual({ email: '50.00', display: '0.00' });
    const linear = attribute(adobeExample, {
      asOf: AS_OF,
      model: 'linear',
      preset: 'adobe',
      lookbackDays,
    });
    expect(amounts(linear)).toEqual({ email: '25.00', display: '25.00' });
    expect(linear.deals[0]?.excluded.map((e) => [e.touchId, e.reason])).toEqual([
      ['paid-search', 'outside-lookback'],
      ['social', 'outside-lookback'],
    ]);
  });

  it('U-shaped means first/last 40/20/40 in Adobe, with 2 touches 50/50 and 1 touch 100%', () => {
    const result = attribute(adobeExample, { asOf: AS_OF, model: 'u-shaped', preset: 'adobe' });
    expect(result.model).toBe('position-based');
    expect(amounts(result)).toEqual({
      'paid-search': '20.00',
      social: '5.00',
      email: '5.00',
      display: '20.00',
    });
  });
});
