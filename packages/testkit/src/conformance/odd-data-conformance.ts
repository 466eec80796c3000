import type { CollectDatasetResult, Dataset } from '@closedloop/core';
import { describe, expect, it } from 'vitest';
import { type ConformanceRun, withRun } from './conformance-context';
import type { AdapterConformanceOptions, ConformanceServer } from './conformance-server';
import { readBatches, reconciles, repeatedIds } from './sync-runs';

const MINUTE = 60_000;

/** Rejections other than those of `stage: 'adapter'` must all be cascades (reference issues). */
function onlyCascades(result: CollectDatasetResult): string[] {
  return result.rejected
    .filter(
      (record) =>
        record.stage !== 'adapter' && record.issues.some((issue) => issue.kind !== 'reference'),
    )
    .map((record) => record.reason);
}

const findingCodes = (result: CollectDatasetResult) =>
  result.findings.map((finding) => finding.code);

/** A served deal with a served contact, and that contact's dataset id. */
function dealWithContact(
  dataset: Dataset,
  server: ConformanceServer,
): { deal: Dataset['deals'][number]; personId: string } | null {
  for (const deal of dataset.deals) {
    if (server.remoteIdOf('deals', deal.id) === null) continue;
    const contact = deal.contacts.find(
      (candidate) => server.remoteIdOf('people', candidate.personId) !== null,
    );
    if (contact) return { deal, personId: contact.personId };
  }
  return null;
}

/**
 * Odd data (issue 16): records missing a field or an id, relations served empty, a deleted
 * parent. The sync finishes; the odd record is rejected with a reason or kept with a
 * finding; nothing is repeated; no live record becomes a rejection; counts reconcile.
 */
export function registerOddDataConformance<Server extends ConformanceServer>(
  options: AdapterConformanceOptions<Server>,
): void {
  const run = <T>(test: (run: ConformanceRun<Server>) => Promise<T>) => withRun(options, test);

  describe('odd data', () => {
    it('rejects a person served without a field it needs, with a reason, and finishes', () =>
      run(async ({ server, collect }) => {
        server.quirks.missingField = true;
        const result = await collect();
        const odd = result.rejected.filter(
          (record) => record.stage === 'adapter' && record.entity === 'people',
        );
        expect(odd.length + findingCodes(result).filter((c) => c === 'value_missing').length).toBe(
          1,
        );
        for (const record of odd) expect(record.reason).toMatch(/\S+: .+/);
        expect(onlyCascades(result)).toEqual([]);
        expect(reconciles(result)).toBe(true);
        expect(result.checkpoint?.complete).toBe(true);
      }));

    it('neither loops nor repeats when records come without their id', () =>
      run(async ({ server, adapter, collect }) => {
        server.quirks.missingId = true;
        const batches = await readBatches(adapter);
        expect(batches.error).toBeNull();
        expect(repeatedIds(batches.batches)).toEqual([]);
        const result = await collect();
        expect(onlyCascades(result)).toEqual([]);
        expect(reconciles(result)).toBe(true);
        expect(result.checkpoint?.complete).toBe(true);
      }));

    it('keeps records whose relations come back empty, and says so when it can tell', () =>
      run(async ({ server, collect }) => {
        const clean = await collect();
        server.quirks.emptyRelations = true;
        const result = await collect();
        expect(result.rejected.map((record) => record.reason)).toEqual([]);
        expect(result.stats.kept).toBe(clean.stats.kept);
        if (options.oddData?.relationFindings !== false)
          expect(findingCodes(result)).toEqual(
            expect.arrayContaining([expect.stringMatching(/^(association|relation)_missing$/)]),
          );
        expect(reconciles(result)).toBe(true);
      }));

    it('keeps a live deal whose contact was deleted, without that contact (incremental sync)', () =>
      run(async ({ server, collect }) => {
        const first = await collect();
        const pair = dealWithContact(options.dataset, server);
        if (!pair) throw new Error('the conformance dataset needs a served deal with a contact');
        const personRemote = server.remoteIdOf('people', pair.personId);
        const dealRemote = server.remoteIdOf('deals', pair.deal.id);
        server.clock.advance(MINUTE);
        server.archive('people', pair.personId);
        server.clock.advance(MINUTE);
        const next = await collect({ checkpoint: first.checkpoint, base: first.dataset });
        expect(next.rejected.map((record) => record.reason)).toEqual([]);
        const deal = next.dataset.deals.find((record) => record.source.remoteId === dealRemote);
        expect(deal).toBeDefined();
        const person = next.dataset.people.find(
          (record) => record.source.remoteId === personRemote,
        );
        // A CRM that never reports deleted people (Pipedrive v2) keeps the person until a full pass.
        if (options.oddData?.personDeletions === false) return;
        expect(person).toBeUndefined();
        const personIds = first.dataset.people
          .filter((record) => record.source.remoteId === personRemote)
          .map((record) => record.id);
        expect(deal?.contacts.some((contact) => personIds.includes(contact.personId))).toBe(false);
        expect(
          next.dataset.touchpoints.some(
            (touch) => touch.personId !== null && personIds.includes(touch.personId),
          ),
        ).toBe(false);
        expect(reconciles(next)).toBe(true);
      }));
  });
}
