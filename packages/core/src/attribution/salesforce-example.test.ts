import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts, weights } from './__fixtures__/inspect';
import { attribute } from './attribute';

// Source: Salesforce Marketing Intelligence (Marketing Cloud Next), "Supported Multi-Touch
// Attribution Models": U-Shape journey Email → Meta Ads → LinkedIn Ads → Google Ads →
// Conversion = Email 40%, Meta Ads 10%, LinkedIn Ads 10%, Google Ads 40% (the Japanese
// edition prints the full row); Linear Email → Google Ads → Instagram = "each ≈ 33%"; Time
// decay (7 days) Email 3 days before, Google Ads 1 day before: "Google Ads receives more
// credit than the email".
// https://help.salesforce.com/s/articleView?id=mktg.mc_mi_mta_models.htm&language=ja&type=5
describe('Salesforce Marketing Intelligence examples', () => {
  const journey = dataset({
    people: [person('p1', '2026-04-01T00:00:00Z')],
    touchpoints: [
      touch('email', 'p1', '2026-04-01T10:00:00Z', 'email', { type: 'email_click' }),
      touch('meta', 'p1', '2026-04-02T10:00:00Z', 'paid_social', { type: 'ad_click' }),
      touch('linkedin', 'p1', '2026-04-03T10:00:00Z', 'paid_social', { type: 'ad_click' }),
      touch('google', 'p1', '2026-04-04T10:00:00Z', 'paid_search', { type: 'ad_click' }),
    ],
    deals: [deal('d1', ['p1'], { closedAt: '2026-04-04T12:00:00Z' })],
  });

  it('U-shape (first/last positions): 40% / 10% / 10% / 40%', () => {
    const result = attribute(journey, { asOf: AS_OF, model: 'position-based' });
    expect(amounts(result)).toEqual({
      email: '40.00',
      meta: '10.00',
      linkedin: '10.00',
      google: '40.00',
    });
  });

  it('linear over three touches: each ≈ 33%', () => {
    const three = dataset({
      people: [person('p1', '2026-04-01T00:00:00Z')],
      touchpoints: [
        touch('email', 'p1', '2026-04-01T10:00:00Z', 'email'),
        touch('google', 'p1', '2026-04-02T10:00:00Z', 'paid_search'),
        touch('instagram', 'p1', '2026-04-03T10:00:00Z', 'paid_social'),
      ],
      deals: [deal('d1', ['p1'], { closedAt: '2026-04-03T12:00:00Z' })],
    });
    const result = attribute(three, { asOf: AS_OF, model: 'linear' });
    expect(weights(result)).toEqual({ email: 0.3333, google: 0.3333, instagram: 0.3333 });
  });

  it('time decay, 7 days: the touch a day before beats the one three days before', () => {
    const two = dataset({
      people: [person('p1', '2026-04-01T00:00:00Z')],
      touchpoints: [
        touch('email', 'p1', '2026-04-07T12:00:00Z', 'email'),
        touch('google', 'p1', '2026-04-09T12:00:00Z', 'paid_search'),
      ],
      deals: [deal('d1', ['p1'], { closedAt: '2026-04-10T12:00:00Z' })],
    });
    // 2^(−3/7) = 0.7430, 2^(−1/7) = 0.9057 → 45.07% / 54.93% [D].
    const result = attribute(two, { asOf: AS_OF, model: 'time-decay' });
    expect(weights(result)).toEqual({ email: 0.4507, google: 0.5493 });
  });
});
