import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset } from './__fixtures__/arbitrary-dataset';
import type { LooseInput } from './__fixtures__/tiny-dataset';
import { ENTITY_NAMES } from './dataset';
import { type ParseDatasetResult, parseDataset } from './parse-dataset';

/** `entity:id` of every kept record, sorted. */
function keptIds({ dataset }: ParseDatasetResult): string[] {
  return ENTITY_NAMES.flatMap((entity) => dataset[entity].map((r) => `${entity}:${r.id}`)).sort();
}

/** `entity:id` of every rejected record (null when unreadable), sorted. */
function rejectedIds({ rejected }: ParseDatasetResult): string[] {
  return rejected.map((r) => `${r.entity}:${r.id}`).sort();
}

/** The input with every entity array permuted. */
const shuffledPair: fc.Arbitrary<[LooseInput, LooseInput]> = arbitraryDataset.chain((input) =>
  fc
    .record(
      Object.fromEntries(
        ENTITY_NAMES.map((entity) => [
          entity,
          fc.shuffledSubarray(input[entity], {
            minLength: input[entity].length,
            maxLength: input[entity].length,
          }),
        ]),
      ) as { [E in keyof LooseInput]: fc.Arbitrary<unknown[]> },
    )
    .map((shuffled): [LooseInput, LooseInput] => [input, shuffled]),
);

describe('parseDataset properties', () => {
  it('accounts for every record and keeps each id once', () => {
    fc.assert(
      fc.property(arbitraryDataset, (input) => {
        const result = parseDataset(input);
        for (const entity of ENTITY_NAMES) {
          const { in: total, kept, rejected } = result.counts[entity];
          expect(total).toBe(input[entity].length);
          expect(total).toBe(kept + rejected);
          expect(kept).toBe(result.dataset[entity].length);
          const ids = result.dataset[entity].map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
        expect(result.rejected.length).toBe(
          ENTITY_NAMES.reduce((sum, entity) => sum + result.counts[entity].rejected, 0),
        );
        for (const rejection of result.rejected) expect(rejection.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps and rejects the same ids whatever the order of the input arrays', () => {
    fc.assert(
      fc.property(shuffledPair, ([input, shuffled]) => {
        const original = parseDataset(input);
        const reordered = parseDataset(shuffled);
        expect(keptIds(reordered)).toEqual(keptIds(original));
        expect(rejectedIds(reordered)).toEqual(rejectedIds(original));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: a parsed dataset parses to itself with no rejection', () => {
    fc.assert(
      fc.property(arbitraryDataset, (input) => {
        const { dataset } = parseDataset(input);
        const again = parseDataset(dataset);
        expect(again.rejected).toEqual([]);
        expect(again.dataset).toEqual(dataset);
      }),
      { numRuns: 300 },
    );
  });
});
