import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryHistories, shuffled } from './__fixtures__/arbitrary-histories';
import { strictDataset } from './__fixtures__/builders';
import { stageEntries } from './stage-entries';

/** "Now" after every fixture record: it cuts nothing. */
const NOW = '2030-01-01T00:00:00Z';

const byId = (result: ReturnType<typeof stageEntries>) =>
  Object.fromEntries(result.records.map((r) => [r.id, r]));

describe('stageEntries: properties', () => {
  it('does not depend on the order of people or changes', () => {
    fc.assert(
      fc.property(arbitraryHistories, fc.array(fc.integer()), (input, keys) => {
        const data = strictDataset(input);
        const reordered = strictDataset({
          people: shuffled(input.people ?? [], keys),
          changes: shuffled(input.changes ?? [], [...keys].reverse()),
        });
        for (const backward of ['keep-first', 'last-pass'] as const) {
          expect(byId(stageEntries(reordered, { asOf: NOW, backward }))).toEqual(
            byId(stageEntries(data, { asOf: NOW, backward })),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('under `infer`, every stage below a reached stage is reached, never later', () => {
    fc.assert(
      fc.property(arbitraryHistories, (input) => {
        for (const backward of ['keep-first', 'last-pass'] as const) {
          for (const record of stageEntries(strictDataset(input), { asOf: NOW, backward })
            .records) {
            const entries = record.enteredAtMs;
            entries.forEach((at, i) => {
              const later = entries.slice(i + 1).find((x) => x !== null);
              if (later !== undefined && later !== null) expect(at).not.toBeNull();
            });
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryHistories, (input) => {
        const data = strictDataset(input);
        expect(stageEntries(data, { asOf: NOW })).toEqual(stageEntries(data, { asOf: NOW }));
      }),
      { numRuns: 20 },
    );
  });
});
