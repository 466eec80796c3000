import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts } from './__fixtures__/inspect';
import { attribute } from './attribute';

/**
 * Five or six touches a day apart and one won deal of `amount`; the contact is created after
 * the second touch and the deal after the last, so lead creation is t2 and opportunity
 * creation the last touch.
 */
function journey(touches: number, amount: string) {
  return dataset({
    people: [person('p1', '2026-01-02T12:00:00Z')],
    touchpoints: Array.from({ length: touches }, (_, k) =>
      touch(`t${k + 1}`, 'p1', `2026-01-0${k + 1}T10:00:00Z`, 'email'),
    ),
    deals: [
      deal('d1', ['p1'], {
        amount: { amount, currency: 'USD' },
        createdAt: `2026-01-0${touches}T11:00:00Z`,
        closedAt: `2026-01-0${touches}T12:00:00Z`,
      }),
    ],
  });
}

// The largest-remainder split gives left-over cents to the largest remainders, ties to the
// earlier touch. With float weights the middle shares (20% / 3, 10% / 3) were a hair above
// or below their exact value, so the float decided ties the rule gives the earlier touch.
describe('the tie-breaking cent', () => {
  it('position-based, 5 touches, $1,000.08: the tie cent goes to the first touch', () => {
    // Quotas 400.032, 66.672 ×3, 400.032 dollars: one cent left, every remainder 0.2 cent.
    // Float weights gave it to t2 (0.06666666666666667 > 1/15): 400.03, 66.68, …
    const result = attribute(journey(5, '1000.08'), { asOf: AS_OF, model: 'position-based' });
    expect(amounts(result)).toEqual({
      t1: '400.04',
      t2: '66.67',
      t3: '66.67',
      t4: '66.67',
      t5: '400.03',
    });
  });

  it('W-shaped, 6 touches, $1,000.05: the three tie cents go to t1, t2 and t3', () => {
    // Quotas 300.015 ×2, 33.335 ×3, 300.015 dollars: three cents left, every remainder half a
    // cent. Float weights (0.03333333333333333 < 1/30) gave them to the anchors t1, t2, t6.
    const result = attribute(journey(6, '1000.05'), { asOf: AS_OF, model: 'w-shaped' });
    expect(amounts(result)).toEqual({
      t1: '300.02',
      t2: '300.02',
      t3: '33.34',
      t4: '33.33',
      t5: '33.33',
      t6: '300.01',
    });
  });
});
