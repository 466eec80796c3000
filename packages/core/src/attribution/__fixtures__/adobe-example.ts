import { dataset, deal, person, touch } from './builders';

/**
 * Adobe Analytics' worked example ("Attribution models, containers and lookback windows",
 * https://experienceleague.adobe.com/en/docs/analytics/analyze/analysis-workspace/attribution/models):
 *
 * 1. Sept 15: arrives through a paid search ad, leaves.
 * 2. Sept 18: arrives through a social media link.
 * 3. Sept 24: an email with a coupon, then a display ad, then a $50 purchase.
 *
 * The purchase is modelled as a $50 deal won on Sept 24 at 10:00 UTC. Adobe's published
 * credits (visitor lookback = all history):
 * - first touch: paid search $50; linear: $12.50 each;
 * - J-shaped: display 60% $30, paid search 20% $10, social and email $5 each;
 * - time decay (7-day half-life, whole-day gaps 9, 6, 0, 0): 2^(−9/7) = 0.410,
 *   2^(−6/7) = 0.552, 1, 1; sum 2.962 → display 33.8% $16.88, email 33.8% $16.88,
 *   social 18.6% $9.32, paid search 13.8% $6.92. In cents: quotas 1687.9, 1687.9, 931.8,
 *   692.4 → floors 1687 + 1687 + 931 + 692 = 4997, the 3 cents left go to the three largest
 *   remainders (.9, .9, .8) → 1688, 1688, 932, 692 = 5000 — Adobe's numbers exactly;
 * - participation: $50 to each of the four channels;
 * - visit lookback (only the Sept 24 visit): first touch email $50, linear $25 + $25.
 */
export const adobeExample = dataset({
  people: [person('visitor', '2025-09-15T10:00:00Z')],
  touchpoints: [
    touch('paid-search', 'visitor', '2025-09-15T10:00:00Z', 'paid_search', { type: 'ad_click' }),
    touch('social', 'visitor', '2025-09-18T10:00:00Z', 'organic_social', { type: 'social_click' }),
    touch('email', 'visitor', '2025-09-24T09:00:00Z', 'email', { type: 'email_click' }),
    touch('display', 'visitor', '2025-09-24T09:30:00Z', 'display', { type: 'ad_click' }),
  ],
  deals: [
    deal('d1', ['visitor'], {
      amount: { amount: '50.00', currency: 'USD' },
      closedAt: '2025-09-24T10:00:00Z',
      createdAt: '2025-09-24T09:45:00Z',
    }),
  ],
});
