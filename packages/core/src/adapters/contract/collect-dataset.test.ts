import { describe, expect, it } from 'vitest';
import { advanceStream, beginPass } from './checkpoint';
import { collectDataset } from './collect-dataset';
import type { CrmAdapterV1, CrmSyncBatch, CrmSyncOptions } from './crm-adapter-v1';

const source = (remoteId: string) => ({
  provider: 'manual' as const,
  objectType: 'user',
  remoteId,
});
const user = (id: string, name: string) => ({ id, source: source(id), name });

/** An adapter replaying fixed batches (the contract only; HTTP adapters are tested on fakes). */
function replayAdapter(batches: Omit<CrmSyncBatch, 'checkpoint'>[]): CrmAdapterV1 {
  return {
    specificationVersion: 'v1',
    provider: 'manual',
    entities: ['users', 'accounts'],
    async *sync(options: CrmSyncOptions = {}) {
      let checkpoint = beginPass('manual', options, { now: Date.parse('2026-01-01T00:00:00Z') });
      let requests = 0;
      for (const [index, batch] of batches.entries()) {
        requests += 2;
        checkpoint = advanceStream(checkpoint, 'all', { done: index === batches.length - 1 }, [
          'all',
        ]);
        yield { ...batch, checkpoint } as CrmSyncBatch;
        options.onProgress?.({
          stream: 'all',
          batches: index + 1,
          records: 0,
          requests,
          retried: 1,
          throttled: 0,
        });
      }
    },
  };
}

describe('collectDataset', () => {
  it('validates with parseDataset, dedupes by id, applies deletions and reconciles counts', async () => {
    const adapter = replayAdapter([
      { entity: 'users', records: [user('u1', 'Ann'), user('u2', 'Bo'), user('u3', 'Cy')] },
      { entity: 'users', records: [user('u1', 'Ann B.')], deleted: ['u3', 'missing'] },
      { entity: 'accounts', records: [{ id: 'a1', source: source('a1'), ownerId: 'nobody' }] },
    ]);
    const result = await collectDataset(adapter, { base: { users: [user('u9', 'Old')] } });
    expect(result.dataset.users.map((u) => [u.id, u.name])).toEqual([
      ['u9', 'Old'],
      ['u1', 'Ann B.'],
      ['u2', 'Bo'],
    ]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.reason).toMatch(/ownerId "nobody" refers to a user/);
    const { stats } = result;
    expect(stats).toEqual({
      fetched: 5,
      kept: 3,
      rejected: 1,
      fromBase: 1,
      replaced: 1,
      deleted: 1,
      batches: 3,
      requests: 6,
      retried: 1,
      throttled: 0,
    });
    expect(stats.fromBase + stats.fetched - stats.replaced - stats.deleted).toBe(
      stats.kept + stats.rejected,
    );
    expect(result.checkpoint?.complete).toBe(true);
  });
});

const at = '2026-01-02T00:00:00.000Z';
const src = (objectType: string, remoteId: string) => ({
  provider: 'manual' as const,
  objectType,
  remoteId,
});
const person = (id: string) => ({
  id,
  source: src('person', id),
  kind: 'contact' as const,
  createdAt: at,
  updatedAt: at,
});
const deal = (id: string, personIds: string[]) => ({
  id,
  source: src('deal', id),
  name: id,
  status: 'open' as const,
  createdAt: at,
  updatedAt: at,
  contacts: personIds.map((personId) => ({ personId, role: null, primary: false })),
});
const touch = (id: string, personId: string) => ({
  id,
  source: src('touch', id),
  type: 'form_submission' as const,
  occurredAt: at,
  personId,
  channel: 'organic_search' as const,
});
const change = (id: string, entityId: string) => ({
  id,
  source: { provider: 'manual' as const, remoteId: null },
  entity: 'person' as const,
  entityId,
  field: 'lifecycleStage' as const,
  from: null,
  to: 'lead',
  at,
});

describe('collectDataset with deletions of referenced records', () => {
  it('removes a deleted person from an unchanged deal, drops its touches and history, and says so', async () => {
    const base = {
      people: [person('p1'), person('p2')],
      deals: [deal('d1', ['p1', 'p2'])],
      touchpoints: [touch('t1', 'p1'), touch('t2', 'p2')],
      changes: [change('c1', 'p1')],
    };
    const adapter = replayAdapter([{ entity: 'people', records: [], deleted: ['p1'] }]);
    const result = await collectDataset(adapter, { base });
    expect(result.rejected.map((record) => record.reason)).toEqual([]);
    expect(result.dataset.deals.map((d) => d.contacts.map((c) => c.personId))).toEqual([['p2']]);
    expect(result.dataset.touchpoints.map((t) => t.id)).toEqual(['t2']);
    expect(result.dataset.changes).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'reference_detached', ids: ['deals:d1'] }),
      expect.objectContaining({
        code: 'removed_with_parent',
        ids: ['touchpoints:t1', 'changes:c1'],
      }),
    ]);
    const { stats } = result;
    expect(stats.deleted).toBe(3);
    expect(stats.fromBase + stats.fetched - stats.replaced - stats.deleted).toBe(
      stats.kept + stats.rejected,
    );
  });
});

describe('collectDataset with rejections and origins from the adapter', () => {
  it('counts adapter rejections in, names origins in reasons, and in = kept + rejected', async () => {
    const adapter = replayAdapter([
      {
        entity: 'users',
        records: [user('u1', 'Ann')],
        origins: ['users.csv line 2'],
        rejected: [
          {
            entity: 'users',
            id: null,
            origin: 'users.csv line 3',
            issues: [{ kind: 'schema', path: ['id'], field: 'id', message: 'id is missing' }],
            record: { name: 'No id' },
          },
        ],
      },
      {
        entity: 'accounts',
        records: [{ id: 'a1', source: source('a1'), ownerId: 'u7' }],
        origins: ['accounts.csv line 2'],
      },
    ]);
    const result = await collectDataset(adapter);
    expect(result.counts.users).toEqual({ in: 2, kept: 1, rejected: 1 });
    expect(result.rejected.map((record) => [record.stage, record.reason])).toEqual([
      ['adapter', 'users.csv line 3: id is missing'],
      [
        'dataset',
        'accounts.csv line 2 "a1": ownerId "u7" refers to a user that does not exist or was rejected',
      ],
    ]);
    const { stats } = result;
    expect(stats.fetched).toBe(3);
    expect(stats.fromBase + stats.fetched - stats.replaced - stats.deleted).toBe(
      stats.kept + stats.rejected,
    );
  });
});

describe('collectDataset retrying earlier rejections', () => {
  it('keeps a deal rejected for a contact the CRM had not returned once the contact arrives', async () => {
    const early = replayAdapter([{ entity: 'deals', records: [deal('d1', ['p1'])] }]);
    const first = await collectDataset(early);
    expect(first.rejected.map((record) => record.id)).toEqual(['d1']);
    const late = replayAdapter([{ entity: 'people', records: [person('p1')] }]);
    const next = await collectDataset(late, {
      base: first.dataset,
      baseRejected: first.rejected,
    });
    expect(next.rejected).toEqual([]);
    expect(next.dataset.deals.map((d) => d.id)).toEqual(['d1']);
    const { stats } = next;
    expect(stats.fromBase + stats.fetched - stats.replaced - stats.deleted).toBe(
      stats.kept + stats.rejected,
    );
  });
});
