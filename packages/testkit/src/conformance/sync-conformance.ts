import { describe, expect, it } from 'vitest';
import {
  type ConformanceRun,
  patched,
  servedRecord,
  unreferencedDeal,
  withRun,
} from './conformance-context';
import type { AdapterConformanceOptions, ConformanceServer } from './conformance-server';
import { idsByEntity, readBatches, reconciles, repeatedIds } from './sync-runs';

const MINUTE = 60_000;

/** Full sync, rate limits, incremental sync, resumption and changes between pages. */
export function registerSyncConformance<Server extends ConformanceServer>(
  options: AdapterConformanceOptions<Server>,
): void {
  const run = <T>(test: (run: ConformanceRun<Server>) => Promise<T>) => withRun(options, test);

  describe('sync', () => {
    it('reads the whole source dataset faithfully, and its counts reconcile', () =>
      run(async ({ collect, differences }) => {
        const result = await collect();
        expect(result.rejected.map((record) => record.reason)).toEqual([]);
        expect(differences(result)).toEqual([]);
        expect(reconciles(result)).toBe(true);
        expect(result.checkpoint?.complete).toBe(true);
      }));

    it('stays within the CRM’s rate limits and reports every request it made', () =>
      run(async ({ server, collect }) => {
        const result = await collect();
        const crmRequests = server.requests.filter(
          (request) => !request.path.startsWith('/oauth/'),
        );
        expect(crmRequests.filter((request) => request.status === 429)).toEqual([]);
        expect(result.stats.requests).toBe(crmRequests.length);
      }));

    it('picks up changes and deletions made after a checkpoint (incremental sync)', () =>
      run(async ({ server, collect, differences }) => {
        const first = await collect();
        const person = servedRecord(options.dataset, server, 'people');
        const deal = servedRecord(options.dataset, server, 'deals');
        const archived = unreferencedDeal(options.dataset, server);
        if (!person || !deal)
          throw new Error('the conformance dataset needs a served person and deal');
        server.clock.advance(MINUTE);
        server.update('people', person.id, { firstName: 'Changed after checkpoint' });
        server.update('deals', deal.id, { name: 'Deal changed after checkpoint' });
        if (archived && archived.id !== deal.id) server.archive('deals', archived.id);
        server.clock.advance(MINUTE);
        const next = await collect({ checkpoint: first.checkpoint, base: first.dataset });
        let expected = patched(options.dataset, 'people', person.id, {
          firstName: 'Changed after checkpoint',
        });
        expected = patched(expected, 'deals', deal.id, { name: 'Deal changed after checkpoint' });
        if (archived && archived.id !== deal.id)
          expected = {
            ...expected,
            deals: expected.deals.filter((record) => record.id !== archived.id),
          };
        expect(next.rejected.map((record) => record.reason)).toEqual([]);
        expect(differences(next, expected)).toEqual([]);
        expect(next.stats.fetched).toBeLessThan(first.stats.fetched);
        expect(next.stats.deleted).toBe(archived && archived.id !== deal.id ? 1 : 0);
        expect(reconciles(next)).toBe(true);
      }));

    it('resumes after a crash from the last checkpoint, losing and repeating nothing', () =>
      run(async ({ adapter }) => {
        const clean = await readBatches(adapter);
        expect(clean.error).toBeNull();
        const total = clean.batches.length;
        const candidates = [Math.floor(total / 2), 1, total - 1].slice(0, options.crashPoints ?? 3);
        const crashPoints = [...new Set(candidates)].filter((point) => point > 0 && point < total);
        for (const crashAfter of crashPoints) {
          const crashed = await readBatches(adapter, { crashAfter });
          expect((crashed.error as Error | null)?.message).toBe('simulated crash');
          expect(crashed.checkpoint?.complete).toBe(false);
          const resumed = await readBatches(adapter, { checkpoint: crashed.checkpoint });
          expect(resumed.error).toBeNull();
          const combined = [...crashed.batches, ...resumed.batches];
          expect(repeatedIds(combined)).toEqual([]);
          expect(idsByEntity(combined)).toEqual(idsByEntity(clean.batches));
        }
      }));

    it('loses nothing when records change between pages (caught by the next incremental sync)', () =>
      run(async ({ server, collect, differences }) => {
        const people = options.dataset.people.filter(
          (person) => server.remoteIdOf('people', person.id) !== null,
        );
        const moved = people.at(-1);
        if (!moved) throw new Error('the conformance dataset needs a served person');
        const patch = { firstName: 'Changed between pages' };
        server.faults.add({
          match: { nth: 3 },
          action: { kind: 'mutate', apply: () => server.update('people', moved.id, patch) },
        });
        const during = await collect();
        expect(during.rejected.map((record) => record.reason)).toEqual([]);
        server.clock.advance(MINUTE);
        const after = await collect({ checkpoint: during.checkpoint, base: during.dataset });
        expect(differences(after, patched(options.dataset, 'people', moved.id, patch))).toEqual([]);
      }));
  });
}
