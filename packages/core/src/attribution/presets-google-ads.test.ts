import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts, weights } from './__fixtures__/inspect';
import { sixTouches } from './__fixtures__/positions-six';
import { attribute } from './attribute';

// Source: Google Ads API, AttributionModelEnum — "GOOGLE_SEARCH_ATTRIBUTION_TIME_DECAY:
// exponentially more credit … to its more recent clicks (half-life is 1 week)";
// "GOOGLE_SEARCH_ATTRIBUTION_POSITION_BASED: 40% of the credit … to its first and last clicks.
// Remaining 20% is evenly distributed across all other clicks."
// https://developers.google.com/google-ads/api/reference/rpc/v1/AttributionModelEnum.AttributionModel
describe('Google Ads rule-based models', () => {
  it('position-based: 40% to the first and last click, 20% evenly across the others', () => {
    const result = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'position-based',
      preset: 'google-ads',
    });
    expect(weights(result)).toEqual({ t1: 0.4, t2: 0.05, t3: 0.05, t4: 0.05, t5: 0.05, t6: 0.4 });
  });

  // "A click 8 days before conversion will get 50% of the credit versus a click 1 day before
  // conversion" (Google Partner summary of the AdWords documentation [S]:
  // https://www.mccordweb.com/weblogs/?p=4627). Weights 2^(−8/7) : 2^(−1/7) = 1 : 2, so on
  // $100: 33.33 and 66.67 (quotas 3333.33 and 6666.67 cents; the left-over cent goes to the
  // larger remainder, .67).
  it('time decay: a click a week earlier gets half the credit', () => {
    const clicks = dataset({
      people: [person('p1', '2026-03-01T00:00:00Z')],
      touchpoints: [
        touch('older', 'p1', '2026-03-02T12:00:00Z', 'paid_search', { type: 'ad_click' }),
        touch('newer', 'p1', '2026-03-09T12:00:00Z', 'paid_search', { type: 'ad_click' }),
      ],
      deals: [deal('d1', ['p1'], { closedAt: '2026-03-10T12:00:00Z' })],
    });
    const result = attribute(clicks, { asOf: AS_OF, model: 'time-decay', preset: 'google-ads' });
    expect(amounts(result)).toEqual({ older: '33.33', newer: '66.67' });
    expect(result.options.halfLifeDays).toBe(7);
  });

  it('looks back 30 days by default (the default conversion window)', () => {
    const result = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'first-touch',
      preset: 'google-ads',
    });
    expect(result.options.lookbackDays).toBe(30);
  });
});
