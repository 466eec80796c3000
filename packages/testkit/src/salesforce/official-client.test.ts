import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { SalesforceFake, type SalesforceFakeOptions } from './salesforce-fake';

// Faithfulness: jsforce, Salesforce's most used Node client, reads the fake as an org — its
// query/queryMore paging, autoFetch, error parsing, session refresh and `limitInfo` all work
// against the fake's responses unchanged.
// jsforce 3.10.26 depends on undici 8, which needs Node ≥ 22.19 (it binds
// `zlib.createZstdDecompress` and `webidl.util.markAsUncloneable` at load time). On Node 20,
// hand jsforce the undici 7 that jsdom already brings (same fetch/Agent API, Node ≥ 20.18):
// a test-only shim until the workspace runs Node 22 or pins a jsforce on undici 7.
if (!('createZstdDecompress' in zlib)) {
  const require = createRequire(import.meta.url);
  const undici8 = createRequire(require.resolve('jsforce')).resolve('undici');
  const undici7: unknown = createRequire(require.resolve('jsdom'))('undici');
  require.cache[undici8] = {
    id: undici8,
    filename: undici8,
    loaded: true,
    exports: undici7,
  } as NodeJS.Module;
}
const { Connection } = await import('jsforce');

let fake: SalesforceFake;
afterEach(() => fake?.close());

async function connection(options: Partial<SalesforceFakeOptions> = {}, ttlMs?: number) {
  fake = await SalesforceFake.start({ dataset: tinyCrmDataset(), ...options });
  return new Connection({
    instanceUrl: fake.url,
    accessToken: fake.issueSessionId(ttlMs),
    version: '66.0',
  });
}

describe('jsforce against the Salesforce fake', () => {
  it('pages a query through nextRecordsUrl with queryMore, and autoFetch collects every batch', async () => {
    const conn = await connection({ query: { maxBatchSize: 2 } });
    const first = await conn.query('SELECT Id, Email FROM Contact ORDER BY Id');
    expect(first.totalSize).toBe(7);
    expect(first.done).toBe(false);
    expect(first.records).toHaveLength(2);
    expect(first.records[0]?.attributes?.type).toBe('Contact');
    expect(first.nextRecordsUrl).toMatch(/\/services\/data\/v66\.0\/query\/01g\w+-2$/);
    const second = await conn.queryMore(first.nextRecordsUrl as string);
    expect(second.records.map((record) => record.Id)).not.toContain(first.records[0]?.Id);
    // jsforce caps autoFetch at maxFetch (10,000 by default, guide §7.2): raise it.
    const all = await conn
      .query<{ Email: string }>('SELECT Id, Email FROM Contact ORDER BY Id')
      .run({ autoFetch: true, maxFetch: 100_000, responseTarget: 'Records' });
    expect(all.map((record) => record.Email)).toEqual([
      'ada@analytical.example',
      'grace@cobol.example',
      'alan@bletchley.example',
      'katherine@nasa.example',
      'edsger@eindhoven.example',
      'barbara@mit.example',
      'don@stanford.example',
    ]);
    // jsforce parses `Sforce-Limit-Info` into its limitInfo.
    expect(conn.limitInfo.apiUsage?.limit).toBe(100_000);
    expect(conn.limitInfo.apiUsage?.used).toBeGreaterThan(0);
  });

  it('reads the error array: 400 INVALID_FIELD and MALFORMED_QUERY as named errors', async () => {
    const conn = await connection();
    await expect(conn.query('SELECT Id, Shoe_Size FROM Contact')).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
    await expect(conn.query('SELECT FROM Contact')).rejects.toMatchObject({
      errorCode: 'MALFORMED_QUERY',
    });
  });

  it('refreshes an expired session once on 401 INVALID_SESSION_ID and replays the query', async () => {
    const conn = await connection({}, 60_000);
    let refreshed = 0;
    const withRefresh = new Connection({
      instanceUrl: fake.url,
      accessToken: conn.accessToken as string,
      version: '66.0',
      refreshFn: (_conn, callback) => {
        refreshed++;
        callback(null, fake.issueSessionId());
      },
    });
    fake.clock.advance(120_000);
    const result = await withRefresh.query('SELECT Id FROM Account');
    expect(result.totalSize).toBe(3);
    expect(refreshed).toBe(1);
    expect(fake.requests.map((request) => request.status)).toEqual([401, 200]);
  });

  it('surfaces the daily 403 REQUEST_LIMIT_EXCEEDED without retrying it (guide §7.2)', async () => {
    const conn = await connection({ dailyApiLimit: 1 });
    await conn.query('SELECT Id FROM Account');
    await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({
      errorCode: 'REQUEST_LIMIT_EXCEEDED',
      message: 'TotalRequests Limit exceeded.',
    });
    expect(fake.requests.map((request) => request.status)).toEqual([200, 403]);
  });
});
