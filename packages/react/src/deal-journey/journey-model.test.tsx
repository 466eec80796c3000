import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeJourney, sampleJourney } from './deal-journey.fixtures';
import { creditRadius, journeyModel } from './journey-model';

describe('journeyModel on a sample deal', () => {
  const { deal, contacts, touches } = sampleJourney({ contacts: 4, touches: 20 });
  const model = journeyModel(deal, { contacts, touches, maxLanes: Number.POSITIVE_INFINITY });

  it('places every credited and excluded touch once, none dropped', () => {
    const ids = model.marks.map((m) => m.touchId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(model.marks.filter((m) => m.credit).length).toBe(deal.credits.length);
    expect(model.marks.filter((m) => m.excluded).length + model.unplaced.length).toBe(
      deal.excluded.length,
    );
    expect(model.unplaced).toEqual([]);
  });

  it('gives each contact a lane with its role, in order of first touch, account lane last', () => {
    const firsts = model.lanes.map((_, lane) =>
      Math.min(...model.marks.filter((m) => m.lane === lane).map((m) => m.time)),
    );
    const withTouches = model.lanes.filter((l) => l.touches > 0 && l.kind === 'contact');
    for (let i = 1; i < withTouches.length; i++) {
      expect(firsts[i]).toBeGreaterThanOrEqual(firsts[i - 1] ?? 0);
    }
    for (const lane of model.lanes) {
      if (lane.kind !== 'contact') continue;
      const contact = contacts.find((c) => c.id === lane.personId);
      expect(lane.role).toBe(contact?.role ?? null);
      for (const mark of model.marks.filter((m) => model.lanes[m.lane] === lane)) {
        expect(mark.credit?.personId ?? mark.touch?.personId).toBe(lane.personId);
      }
    }
  });

  it('sums lane credit to the deal and marks anchors on their touches', () => {
    const credited = deal.credits.reduce((s, c) => s + c.weight, 0);
    expect(model.lanes.reduce((s, l) => s + l.weight, 0)).toBeCloseTo(credited, 9);
    for (const anchor of deal.anchors) {
      if (!anchor.touchId) continue;
      const mark = model.marks.find((m) => m.touchId === anchor.touchId);
      expect(mark?.anchors).toContain(anchor.milestone);
    }
  });

  it('draws a rule for each anchor with an instant and for the conversion', () => {
    const timed = deal.anchors.filter((a) => a.at !== null).length;
    expect(model.rules.length).toBeGreaterThanOrEqual(timed);
    expect(model.rules.some((r) => r.time === Date.parse(deal.convertedAt))).toBe(true);
    for (const rule of model.rules) {
      expect(rule.time).toBeGreaterThanOrEqual(model.domain[0]);
      expect(rule.time).toBeLessThanOrEqual(model.domain[1]);
    }
  });
});

describe('journeyModel with many contacts', () => {
  const { deal, contacts, touches } = largeJourney(12, 5);

  it('folds the lanes past maxLanes into one, keeping every touch', () => {
    const model = journeyModel(deal, { contacts, touches, maxLanes: 8 });
    expect(model.lanes).toHaveLength(8);
    expect(model.lanes[7]?.kind).toBe('others');
    expect(model.lanes[7]?.folded).toBe(5);
    expect(model.hiddenContacts).toBe(5);
    expect(model.marks).toHaveLength(60);
    expect(model.lanes.reduce((s, l) => s + l.touches, 0)).toBe(60);
  });

  it('lists excluded touches it cannot place (no time given) instead of dropping them', () => {
    const model = journeyModel(deal, { contacts, maxLanes: 20 });
    expect(model.unplaced).toHaveLength(deal.excluded.length);
    expect(model.marks).toHaveLength(deal.credits.length);
  });

  it('gives contacts without touches a lane of their own', () => {
    const model = journeyModel(deal, {
      contacts: [...contacts, { id: 'silent', name: 'Quiet Buyer', role: 'User' }],
      touches,
      maxLanes: 20,
    });
    const lane = model.lanes.at(-1);
    expect(lane).toMatchObject({ name: 'Quiet Buyer', role: 'User', touches: 0 });
  });
});

describe('creditRadius', () => {
  it('is the largest radius for the largest credit and the floor for zero', () => {
    expect(creditRadius(0.5, 0.5)).toBe(12);
    expect(creditRadius(0, 0.5)).toBe(3);
  });

  it('keeps area in proportion to credit above the floor (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.07, max: 1, noNaN: true }),
        fc.double({ min: 0.07, max: 1, noNaN: true }),
        (a, b) => {
          const max = Math.max(a, b);
          const ra = creditRadius(a, max);
          const rb = creditRadius(b, max);
          expect((ra * ra) / (rb * rb)).toBeCloseTo(a / b, 9);
        },
      ),
    );
  });
});
