import { dataset, deal, person, touch } from './builders';

/**
 * A two-contact deal built to exercise HubSpot's multi-contact anchors (HubSpot blog, "A
 * closer look at attribution models in HubSpot", as quoted in attribution.md §2.1:
 * first interaction = "the earliest interaction … that any of the contacts associated with
 * the deal had"; lead creation = "the interaction that led to the creation of the oldest
 * contact associated with the deal"; deal creation = "the last interaction that happened
 * among all associated contacts before the deal was created"; closed won = the last
 * interaction before the deal moved to closed won).
 *
 * Ana was created 2026-02-10, Ben 2026-01-20 (the oldest contact). Deal created 2026-03-07,
 * won 2026-04-15, $12,000.00.
 *
 * | touch | who | when       | what                | W-shaped      | full path     |
 * | a1    | Ana | 2026-01-05 | organic search page | FT 30% 3600   | FT 22.5% 2700 |
 * | b1    | Ben | 2026-01-15 | paid social ad      | mid 3.33% 400 | mid 3.33% 400 |
 * | b2    | Ben | 2026-01-20 | form (creates Ben)  | LC 30% 3600   | LC 22.5% 2700 |
 * | a2    | Ana | 2026-02-10 | webinar form        | mid 3.33% 400 | mid 3.33% 400 |
 * | a3    | Ana | 2026-03-01 | email click         | mid 3.33% 400 | mid 3.33% 400 |
 * | b3    | Ben | 2026-03-06 | pricing page        | OC 30% 3600   | OC 22.5% 2700 |
 * | a4    | Ana | 2026-04-01 | event attendance    | after OC: 0   | CW 22.5% 2700 |
 * | b4    | Ben | 2026-04-20 | page after close    | excluded      | excluded      |
 *
 * W-shaped: 3 × 3600 + 3 × 400 = 12,000. Full path: 4 × 2700 + 3 × 400 = 12,000.
 * U-shaped (first interaction + lead creation): a1 40% 4800, b2 40% 4800, b1 (the only touch
 * between them) 20% 2400, everything after the lead-creation anchor 0.
 */
export const hubspotTwoContacts = dataset({
  people: [person('ana', '2026-02-10T12:00:00Z'), person('ben', '2026-01-20T09:00:00Z')],
  touchpoints: [
    touch('a1', 'ana', '2026-01-05T12:00:00Z', 'organic_search'),
    touch('b1', 'ben', '2026-01-15T12:00:00Z', 'paid_social', { type: 'ad_click' }),
    touch('b2', 'ben', '2026-01-20T09:00:00Z', 'paid_social', { type: 'form_submission' }),
    touch('a2', 'ana', '2026-02-10T12:00:00Z', 'webinar', { type: 'form_submission' }),
    touch('a3', 'ana', '2026-03-01T12:00:00Z', 'email', { type: 'email_click' }),
    touch('b3', 'ben', '2026-03-06T12:00:00Z', 'direct', { title: 'Pricing' }),
    touch('a4', 'ana', '2026-04-01T12:00:00Z', 'events', { type: 'event_attendance' }),
    touch('b4', 'ben', '2026-04-20T12:00:00Z', 'direct'),
  ],
  deals: [
    deal('d1', ['ana', 'ben'], {
      amount: { amount: '12000.00', currency: 'USD' },
      createdAt: '2026-03-07T12:00:00Z',
      closedAt: '2026-04-15T12:00:00Z',
    }),
  ],
});
