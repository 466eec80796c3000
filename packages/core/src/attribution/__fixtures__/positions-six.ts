import { dataset, deal, person, touch } from './builders';

/**
 * Six touches, a day apart, on six channels, and a $100.00 deal won after the last — the
 * journey Mixpanel's documentation uses for U, J and inverse J (its 2-touch variant is the
 * last two touches, via a lookback). Each share reads directly as dollars.
 */
export const sixTouches = dataset({
  people: [person('p1', '2026-01-01T00:00:00Z')],
  touchpoints: [
    touch('t1', 'p1', '2026-01-01T10:00:00Z', 'paid_social'),
    touch('t2', 'p1', '2026-01-02T10:00:00Z', 'organic_search'),
    touch('t3', 'p1', '2026-01-03T10:00:00Z', 'email'),
    touch('t4', 'p1', '2026-01-04T10:00:00Z', 'display'),
    touch('t5', 'p1', '2026-01-05T10:00:00Z', 'referral'),
    touch('t6', 'p1', '2026-01-06T10:00:00Z', 'paid_search'),
  ],
  deals: [deal('d1', ['p1'], { closedAt: '2026-01-06T12:00:00Z' })],
});

/** A lookback (in days) that keeps only t5 and t6 of {@link sixTouches}. */
export const LAST_TWO = 1.5;
