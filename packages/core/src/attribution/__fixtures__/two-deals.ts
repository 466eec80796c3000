import { campaign, dataset, deal, person, touch } from './builders';

const user = (id: string, team: 'marketing' | 'sdr' | 'sales') => ({
  id,
  source: { provider: 'manual' as const, objectType: 'user', remoteId: id },
  team,
});

/**
 * Two won deals in two currencies, three campaigns with costs, users in three teams, and
 * sales activities — for rollups, campaign returns and sourced rules. Linear model, rates
 * EUR → USD 1.10:
 *
 * - d1 (Acme, USD 1,000.00, won 2026-01-31, owner u-sales): t1 ad click (c-ads) 500.00,
 *   t2 webinar (c-webinar) 500.00; t3 comes after the close → excluded.
 * - d2 (Beta, EUR 2,000.00 = USD 2,200.00, won 2026-02-20, owner u-sdr): t4 outbound email
 *   (c-outbound, owned by u-sdr) EUR 1,000.00 = USD 1,100.00, t5 webinar form (c-webinar)
 *   EUR 1,000.00 = USD 1,100.00.
 *
 * By channel: webinar 1,600.00, outbound 1,100.00, paid search 500.00 (total 3,200.00).
 * By month of conversion: 2026-02 2,200.00, 2026-01 1,000.00. By team of the touch:
 * marketing 2,100.00, sdr 1,100.00; by the deal owner's team: sdr 2,200.00, sales 1,000.00.
 * Campaigns: c-webinar 1,600.00 on a 500.00 USD cost → ROI 2.2, ROAS 3.2; c-ads 500.00 on
 * EUR 1,000.00 = USD 1,100.00 → ROI −0.5455, ROAS 0.4545; c-outbound has no cost.
 *
 * Sourced (marketing = every channel but outbound and unknown):
 * - lead source: d1's original source is paid search → sourced; d2 has none, its primary
 *   contact p2 came from outbound → not sourced;
 * - first touch: d1 starts with paid search → sourced; d2 starts with outbound → not;
 * - before sales activity: d1's first sales call (2026-01-07, on the Acme account) comes after
 *   the 2026-01-05 ad click → sourced; d2's first sales call (2026-01-25, with p2) comes before
 *   its only marketing touch (2026-02-10) → not.
 * Influenced: both (each has a marketing touch), USD 3,200.00.
 */
export const twoDeals = dataset({
  users: [user('u-mkt', 'marketing'), user('u-sdr', 'sdr'), user('u-sales', 'sales')],
  campaigns: [
    campaign('c-webinar', 'webinar', { actualCost: { amount: '500.00', currency: 'USD' } }),
    campaign('c-ads', 'paid_search', {
      actualCost: { amount: '1000.00', currency: 'EUR' },
      budget: { amount: '1200.00', currency: 'EUR' },
    }),
    campaign('c-outbound', 'outbound'),
  ],
  people: [
    person('p1', '2026-01-05T10:00:00Z', { accountId: 'acme' }),
    person('p2', '2026-01-20T10:00:00Z', {
      accountId: 'beta',
      attribution: { original: { channel: 'outbound' } },
    }),
    person('p3', '2026-02-10T10:00:00Z', { accountId: 'beta' }),
  ],
  touchpoints: [
    touch('t1', 'p1', '2026-01-05T10:00:00Z', 'paid_search', {
      type: 'ad_click',
      campaignId: 'c-ads',
      title: 'Ad: Pipeline in a week',
    }),
    touch('t2', 'p1', '2026-01-10T10:00:00Z', 'webinar', {
      type: 'webinar_attendance',
      campaignId: 'c-webinar',
      title: 'Webinar: Alignment 101',
    }),
    touch('t3', 'p1', '2026-02-02T10:00:00Z', 'email', { type: 'email_click' }),
    touch('t4', 'p2', '2026-02-01T10:00:00Z', 'outbound', {
      type: 'email_click',
      campaignId: 'c-outbound',
      custom: { ownerId: 'u-sdr' },
    }),
    touch('t5', 'p3', '2026-02-10T10:00:00Z', 'webinar', {
      type: 'form_submission',
      campaignId: 'c-webinar',
      title: 'Webinar: Alignment 101',
    }),
  ],
  activities: [
    {
      id: 'a1',
      source: { provider: 'manual', objectType: 'call', remoteId: 'a1' },
      type: 'call',
      occurredAt: '2026-01-07T10:00:00Z',
      ownerId: 'u-sales',
      accountId: 'acme',
    },
    {
      id: 'a2',
      source: { provider: 'manual', objectType: 'call', remoteId: 'a2' },
      type: 'call',
      occurredAt: '2026-01-25T10:00:00Z',
      ownerId: 'u-sdr',
      personIds: ['p2'],
    },
    {
      id: 'auto',
      source: { provider: 'manual', objectType: 'email', remoteId: 'auto' },
      type: 'email',
      occurredAt: '2026-01-01T10:00:00Z',
      automated: true,
      accountId: 'acme',
    },
  ],
  deals: [
    deal('d1', ['p1'], {
      accountId: 'acme',
      ownerId: 'u-sales',
      amount: { amount: '1000.00', currency: 'USD' },
      createdAt: '2026-01-15T10:00:00Z',
      closedAt: '2026-01-31T10:00:00Z',
      originalSource: { channel: 'paid_search' },
    }),
    {
      ...deal('d2', [], {
        accountId: 'beta',
        ownerId: 'u-sdr',
        amount: { amount: '2000.00', currency: 'EUR' },
        createdAt: '2026-02-05T10:00:00Z',
        closedAt: '2026-02-20T10:00:00Z',
      }),
      contacts: [{ personId: 'p2', primary: true }, { personId: 'p3' }],
    },
  ],
});

/** Rates into USD for {@link twoDeals}. */
export const TWO_DEALS_RATES = { EUR: '1.10' } as const;
