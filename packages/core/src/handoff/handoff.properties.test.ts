import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryHistory, shuffled } from '../lead-timeline/__fixtures__/arbitrary';
import { FATES } from '../lead-timeline/types';
import { handoff } from './handoff';

const OPTIONS = {
  asOf: '2026-05-15T17:00:00Z',
  businessHours: { timeZone: 'America/New_York' },
};
const TERMINAL = new Set([
  'pending',
  'never_worked',
  'recycled',
  'disqualified',
  'accepted_no_opportunity',
  'won',
  'lost',
  'open',
]);

describe('handoff (properties)', () => {
  it('partitions the MQLs into fates, in counts, flow and ledger alike', () => {
    fc.assert(
      fc.property(arbitraryHistory, (dataset) => {
        const result = handoff(dataset, OPTIONS);
        const { counts, flow, ledger } = result;
        expect(FATES.reduce((sum, fate) => sum + counts.byFate[fate], 0)).toBe(counts.mqls);
        expect(ledger).toHaveLength(counts.mqls);
        for (const fate of FATES) {
          expect(ledger.filter((row) => row.fate === fate)).toHaveLength(counts.byFate[fate]);
        }
        // Every episode takes one path: what flows into a node flows out, unless it ends there.
        const inflow = new Map<string, number>();
        const outflow = new Map<string, number>();
        for (const link of flow.links) {
          inflow.set(link.target, (inflow.get(link.target) ?? 0) + link.value);
          outflow.set(link.source, (outflow.get(link.source) ?? 0) + link.value);
        }
        expect(inflow.get('mql') ?? 0).toBe(counts.mqls);
        let ended = 0;
        for (const [node, value] of inflow) {
          if (TERMINAL.has(node)) ended += value - (outflow.get(node) ?? 0);
          else expect(outflow.get(node)).toBe(value);
        }
        expect(ended).toBe(counts.mqls);
        const sourced = result.marketing.byChannel.reduce((sum, row) => sum + row.mqls, 0);
        expect(sourced).toBe(counts.mqls);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the records, and gives the same answer twice', () => {
    fc.assert(
      fc.property(arbitraryHistory, fc.integer(), (dataset, seed) => {
        const result = handoff(dataset, OPTIONS);
        expect(handoff(shuffled(dataset, seed), OPTIONS)).toEqual(result);
        expect(handoff(dataset, OPTIONS)).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });
});
