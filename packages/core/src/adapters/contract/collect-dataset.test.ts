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
