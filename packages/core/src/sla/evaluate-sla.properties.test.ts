import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryHistory, shuffled } from '../lead-timeline/__fixtures__/arbitrary';
import { evaluateSla } from './evaluate-sla';
import type { Sla } from './schema';
import type { Attainment } from './types';

const clockStart = fc.constantFrom('mql' as const, 'assignment' as const);
const sla = (clockStartsAt: 'mql' | 'assignment'): Sla => ({
  businessHours: { timeZone: 'America/New_York', holidays: ['2026-04-03'] },
  marketing: { metric: 'mqls', target: 5, per: 'year' },
  sales: {
    firstTouch: { withinBusinessHours: 4, clockStartsAt },
    attempts: { min: 2, withinBusinessDays: 3 },
  },
});
const OPTIONS = { asOf: '2026-05-15T17:00:00Z' };

function sum(rows: Attainment[], key: keyof Attainment): number {
  return rows.reduce((total, row) => total + (row[key] as number), 0);
}

describe('evaluateSla (properties)', () => {
  it('breaches + met = eligible everywhere, and groups add up to the total', () => {
    fc.assert(
      fc.property(arbitraryHistory, clockStart, (dataset, start) => {
        const result = evaluateSla(dataset, sla(start), OPTIONS);
        const { firstTouch, attempts, byOwner, bySource, routing } = result.sales;
        const all = [
          firstTouch,
          attempts,
          routing.firstTouch,
          routing.attempts,
          ...byOwner.flatMap((r) => [r.firstTouch, r.attempts]),
          ...bySource.flatMap((r) => [r.firstTouch, r.attempts]),
        ];
        for (const tally of all) {
          if (tally === null) throw new Error('attempts are committed');
          expect(tally.met + tally.breached).toBe(tally.eligible);
        }
        // Owners and routing together, or sources, add up to the whole.
        for (const rows of [[...byOwner, routing], bySource]) {
          for (const key of ['eligible', 'met', 'breached', 'running', 'notStarted'] as const) {
            expect(
              sum(
                rows.map((r) => r.firstTouch),
                key,
              ),
            ).toBe(firstTouch[key]);
          }
        }
        const cohort = firstTouch.eligible + firstTouch.running + firstTouch.notStarted;
        expect(result.marketing.actual).toBe(cohort);
        expect(result.breaches).toHaveLength(firstTouch.breached + (attempts?.breached ?? 0));
        expect(
          result.breaches.filter((b) => b.running).every((b) => b.kind === 'no_first_touch'),
        ).toBe(true);
        // A lead rejected before any touch never meets the first-touch SLA by default.
        expect(
          result.breaches
            .filter((b) => b.kind === 'rejected_without_touch')
            .every((b) => b.stoppedBy === 'rejection' && !b.running),
        ).toBe(true);
        expect(firstTouch.rejectedUnseen).toBeLessThanOrEqual(cohort);
        // Routing breaches are exactly those with nobody assigned at the deadline.
        expect(result.breaches.filter((b) => b.responsible === 'routing').length).toBe(
          routing.firstTouch.breached + (routing.attempts?.breached ?? 0),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the records, and gives the same answer twice', () => {
    fc.assert(
      fc.property(arbitraryHistory, clockStart, fc.integer(), (dataset, start, seed) => {
        const result = evaluateSla(dataset, sla(start), OPTIONS);
        expect(evaluateSla(shuffled(dataset, seed), sla(start), OPTIONS)).toEqual(result);
        expect(evaluateSla(dataset, sla(start), OPTIONS)).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });
});
