import { dataset, deal, person, touch } from './builders';

/**
 * Marketo Measure, "Explanation of Touchpoint Positions and Generation Across BTs and BATs"
 * (https://experienceleague.adobe.com/en/docs/marketo-measure/using/configuration-and-setup/getting-started-with-marketo-measure/explanation-of-touchpoint-positions-and-generation-across-bts-and-bats):
 * Person A and Person B share one opportunity created 3/7/2020 and closed 5/6/2020.
 *
 * Person A: FT Paid Search.AdWords 9/1/2019; LC Organic Search.Google 11/20/2019; post-LC
 * form fill Webinar 3/4/2020. Person B: FT Paid Social.Facebook 8/26/2019; LC Organic
 * Search.Yahoo 2/20/2020; post-LC form fill Email 5/1/2020.
 *
 * Published opportunity positions: FT = B's Facebook (the true first touch), LC = A's Google
 * (the true lead creation), OC = A's Webinar (most recent before 3/7/2020), Closed Won = B's
 * Email (most recent before 5/6/2020).
 *
 * Credit on the $10,000.00 opportunity [D], Marketo Measure preset:
 * - full path: FT, LC, OC, CW 22.5% each = $2,250.00; the only eligible middle touch between
 *   FT and CW is B's Yahoo form fill ($1,000.00, 10%); A's AdWords visit is a web visit and
 *   gets no middle credit ($0). Sum 4 × 2,250 + 1,000 = 10,000.
 * - W-shaped: FT, LC, OC 30% each = $3,000.00; Yahoo form fill 10% = $1,000.00; B's Email
 *   form fill comes after the OC anchor → $0. Sum 10,000.
 */
export const marketoPersonsAB = dataset({
  people: [person('person-a', '2019-11-20T15:00:00Z'), person('person-b', '2020-02-20T15:00:00Z')],
  touchpoints: [
    touch('b-ft-facebook', 'person-b', '2019-08-26T15:00:00Z', 'paid_social'),
    touch('a-ft-adwords', 'person-a', '2019-09-01T15:00:00Z', 'paid_search'),
    touch('a-lc-google', 'person-a', '2019-11-20T15:00:00Z', 'organic_search', {
      type: 'form_submission',
    }),
    touch('b-lc-yahoo', 'person-b', '2020-02-20T15:00:00Z', 'organic_search', {
      type: 'form_submission',
    }),
    touch('a-webinar', 'person-a', '2020-03-04T15:00:00Z', 'webinar', { type: 'form_submission' }),
    touch('b-email', 'person-b', '2020-05-01T15:00:00Z', 'email', { type: 'form_submission' }),
  ],
  deals: [
    deal('opp', ['person-a', 'person-b'], {
      amount: { amount: '10000.00', currency: 'USD' },
      createdAt: '2020-03-07T15:00:00Z',
      closedAt: '2020-05-06T15:00:00Z',
    }),
  ],
});

/**
 * Marketo Measure, "Marketo Measure Attribution Models"
 * (https://experienceleague.adobe.com/en/docs/marketo-measure/using/introduction-to-marketo-measure/overview-resources/marketo-measure-attribution-models):
 * Kate visits via an AdWords ad and views a whitepaper (FT). Austin visits via a LinkedIn post
 * and fills out a form (LC). Hillary finds content through Google and fills out a form;
 * Austin fills out a webinar registration form from an email; Kate talks to a sales rep (a
 * sales activity, not a marketing touchpoint); Hillary visits the pricing page from an email —
 * "the closest marketing interaction to the Opportunity Creation date" (OC). Then Elizabeth
 * attends a conference, Kate fills out a form for a case study from LinkedIn, Elizabeth
 * attends a sales dinner and the deal is won (CW). Dates are ours; the order is the
 * documentation's.
 *
 * Published credit ($100,000.00 deal, so 1% = $1,000):
 * - First Touch: AdWords 100%. Lead Creation: LinkedIn 100%.
 * - U-shaped: "Kate's first visit … 50% … the remaining 50% … the Linkedin post" (no form
 *   fill between FT and LC).
 * - W-shaped: FT, LC, OC 30% each; the 10% to "intermediary touchpoints … between the three
 *   milestone touchpoints": Hillary's and Austin's form fills, 5% each [D]. Touches after OC: 0.
 * - Full path: FT, LC, OC and the sales dinner (CW) 22.5% each; the four intermediary touches
 *   (two forms, the conference, the case-study form) 2.5% each [D].
 */
export const marketoKateAustin = dataset({
  people: [
    person('kate', '2026-03-20T10:00:00Z'),
    person('austin', '2026-01-12T10:00:00Z'),
    person('hillary', '2026-02-02T10:00:00Z'),
    person('elizabeth', '2026-03-10T10:00:00Z'),
  ],
  touchpoints: [
    touch('kate-adwords', 'kate', '2026-01-05T10:00:00Z', 'paid_search', { title: 'Whitepaper' }),
    touch('austin-linkedin-form', 'austin', '2026-01-12T10:00:00Z', 'organic_social', {
      type: 'form_submission',
    }),
    touch('hillary-google-form', 'hillary', '2026-02-02T10:00:00Z', 'organic_search', {
      type: 'form_submission',
    }),
    touch('austin-webinar-form', 'austin', '2026-02-10T10:00:00Z', 'email', {
      type: 'event_registration',
    }),
    touch('hillary-pricing', 'hillary', '2026-02-20T10:00:00Z', 'email', { title: 'Pricing' }),
    touch('elizabeth-conference', 'elizabeth', '2026-03-10T10:00:00Z', 'events', {
      type: 'event_attendance',
    }),
    touch('kate-case-study', 'kate', '2026-03-20T10:00:00Z', 'organic_social', {
      type: 'content_download',
    }),
    touch('elizabeth-dinner', 'elizabeth', '2026-04-02T20:00:00Z', 'events', {
      type: 'event_attendance',
    }),
  ],
  activities: [
    {
      id: 'kate-sales-call',
      source: { provider: 'manual', objectType: 'call', remoteId: 'kate-sales-call' },
      type: 'call',
      occurredAt: '2026-02-15T10:00:00Z',
      personIds: ['kate'],
    },
  ],
  deals: [
    deal('opp', ['kate', 'austin', 'hillary', 'elizabeth'], {
      amount: { amount: '100000.00', currency: 'USD' },
      createdAt: '2026-02-21T10:00:00Z',
      closedAt: '2026-04-03T10:00:00Z',
    }),
  ],
});

/**
 * Marketo Measure, "Account Based Attribution"
 * (https://experienceleague.adobe.com/en/docs/marketo-measure/using/advanced-marketo-measure-features/account-based-marketing/account-based-attribution):
 * two opportunities under one account "share the same first two Touchpoints — FT & LC". The
 * first has one touchpoint that "encompasses the FT, LC, and the Opportunity Creation (OC)";
 * the second has the same FT & LC, a different OC, and touches "not associated to the first
 * Opportunity, due to them occurring after the first Opportunities' closed date".
 *
 * W-shaped, Marketo Measure preset, account scope [D]:
 * - opp-1 ($1,000.00): the one touch holds FT + LC + OC = 90%, and the empty 10% middle goes
 *   evenly to the three anchor positions → 100% = $1,000.00. The later touches are excluded
 *   (after the conversion).
 * - opp-2 ($3,000.00): the shared first touch holds FT + LC (60%), the new form fill holds OC
 *   (30%); the web visit between them gets no middle credit, so the 10% goes 3.33% to each
 *   anchor position: first touch 66.67% = $2,000.00, OC 33.33% = $1,000.00.
 */
export const marketoAccountBased = dataset({
  accounts: [
    { id: 'acme', source: { provider: 'manual', objectType: 'account', remoteId: 'acme' } },
  ],
  people: [
    person('p1', '2026-01-10T10:00:00Z', { accountId: 'acme' }),
    person('p2', '2026-03-10T10:00:00Z', { accountId: 'acme' }),
  ],
  touchpoints: [
    touch('shared-form', 'p1', '2026-01-10T10:00:00Z', 'paid_search', { type: 'form_submission' }),
    touch('later-visit', 'p2', '2026-03-01T10:00:00Z', 'organic_search'),
    touch('later-form', 'p2', '2026-03-10T10:00:00Z', 'webinar', { type: 'form_submission' }),
  ],
  deals: [
    deal('opp-1', ['p1'], {
      accountId: 'acme',
      amount: { amount: '1000.00', currency: 'USD' },
      createdAt: '2026-01-15T10:00:00Z',
      closedAt: '2026-02-01T10:00:00Z',
    }),
    deal('opp-2', ['p2'], {
      accountId: 'acme',
      amount: { amount: '3000.00', currency: 'USD' },
      createdAt: '2026-03-15T10:00:00Z',
      closedAt: '2026-04-01T10:00:00Z',
    }),
  ],
});
