import { collectDataset } from '@closedloop/core';
import { createSalesforceAdapter } from '@closedloop/core/salesforce';
import { afterEach, describe, expect, it } from 'vitest';
import invalidSession from '../../../core/src/adapters/salesforce/__fixtures__/401-invalid-session-id.json';
import daily from '../../../core/src/adapters/salesforce/__fixtures__/403-request-limit-exceeded-daily.json';
import queryDone from '../../../core/src/adapters/salesforce/__fixtures__/query-done.json';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { SalesforceFake, type SalesforceFakeOptions } from './salesforce-fake';
import { salesforceShapedDataset } from './salesforce-shaped-dataset';

let fake: SalesforceFake;
afterEach(() => fake?.close());

async function start(options: Partial<SalesforceFakeOptions> = {}) {
  fake = await SalesforceFake.start({
    dataset: salesforceShapedDataset(tinyCrmDataset()),
    ...options,
  });
  const token = fake.issueSessionId();
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${fake.url}${path}`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as never,
    };
  };
  return { token, get };
}

const soql = (query: string) => `/services/data/v66.0/query?q=${encodeURIComponent(query)}`;

describe('the Salesforce fake', () => {
  it('answers a query in the documented envelope, attributes on every record', async () => {
    const { get } = await start();
    const { body, headers } = await get(
      soql("SELECT Id, Name FROM Account WHERE Name LIKE 'B%' ORDER BY Name"),
    );
    expect(Object.keys(body).sort()).toEqual(Object.keys(queryDone).sort());
    expect(body).toMatchObject({
      totalSize: 1,
      done: true,
      records: [{ attributes: { type: 'Account' }, Name: 'Bletchley Park' }],
    });
    expect(headers.get('sforce-limit-info')).toMatch(/^api-usage=1\/100000$/);
  });

  it('pages by nextRecordsUrl with the asked batch size, clamped to 200–2000, and shrinks it when told', async () => {
    const { get } = await start({ query: { maxBatchSize: 2 } });
    const first = await get(soql('SELECT Id FROM Contact ORDER BY Id'), {
      'sforce-query-options': 'batchSize=50',
    });
    const page = first.body as { records: unknown[]; nextRecordsUrl: string; done: boolean };
    expect(page.records).toHaveLength(2);
    const second = await get(page.nextRecordsUrl);
    expect((second.body as { records: unknown[] }).records).toHaveLength(2);
    // A lost answer can be fetched again: the URL names its offset.
    expect((await get(page.nextRecordsUrl)).status).toBe(200);
  });

  it('evicts the oldest of more than ten open locators and expires idle ones (400 INVALID_QUERY_LOCATOR)', async () => {
    const { get } = await start({ query: { maxBatchSize: 1 } });
    const urls: string[] = [];
    for (let index = 0; index < 11; index++)
      urls.push(
        ((await get(soql('SELECT Id FROM Contact'))).body as { nextRecordsUrl: string })
          .nextRecordsUrl,
      );
    const evicted = await get(urls[0] as string);
    expect(evicted).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_QUERY_LOCATOR' }] });
    fake.clock.advance(16 * 60_000);
    expect((await get(urls[10] as string)).status).toBe(400);
  });

  it('answers errors as arrays: MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE, expired sessions and the daily limit', async () => {
    const { get } = await start({ dailyApiLimit: 4, auth: { sessionTtlMs: 60_000 } });
    expect((await get(soql('SELECT Id FROM'))).body).toMatchObject([
      { errorCode: 'MALFORMED_QUERY' },
    ]);
    expect((await get(soql('SELECT Shoe_Size FROM Lead'))).body).toMatchObject([
      { errorCode: 'INVALID_FIELD' },
    ]);
    expect((await get(soql('SELECT Id FROM Spaceship'))).body).toMatchObject([
      { errorCode: 'INVALID_TYPE' },
    ]);
    await get(soql('SELECT Id FROM Lead'));
    expect(await get(soql('SELECT Id FROM Lead'))).toMatchObject({ status: 403, body: daily });
    fake.clock.advance(61_000);
    expect(await get(soql('SELECT Id FROM Lead'))).toMatchObject({
      status: 401,
      body: invalidSession,
    });
  });

  it('hides deleted rows from query and shows them to queryAll', async () => {
    const { get } = await start();
    const [deal] = tinyCrmDataset().deals;
    fake.archive('deals', deal?.id as string);
    const id = fake.remoteIdOf('deals', deal?.id as string);
    const where = `SELECT Id, IsDeleted FROM Opportunity WHERE Id = '${id}'`;
    expect((await get(soql(where))).body).toMatchObject({ totalSize: 0 });
    const all = await get(`/services/data/v66.0/queryAll?q=${encodeURIComponent(where)}`);
    expect(all.body).toMatchObject({ totalSize: 1, records: [{ IsDeleted: true }] });
  });
});

describe('the Salesforce adapter against the fake', () => {
  const adapter = (options: { token: string }) =>
    createSalesforceAdapter({
      instanceUrl: fake.url,
      auth: { type: 'token', token: options.token },
      mapping: { lifecycleField: 'Lifecycle_Stage__c' },
      transport: { clock: fake.clock, retry: { maxRetries: 1 }, rateLimitMarginMs: 0 },
    });

  it('restarts a query from its last id when a locator is lost mid-stream, losing nothing', async () => {
    const { token } = await start({ query: { maxBatchSize: 2 } });
    const clean = await collectDataset(adapter({ token }));
    fake.faults.add({
      match: { path: /\/query\/01g\w+-2$/, times: 2 },
      action: {
        kind: 'respond',
        status: 400,
        body: [{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }],
      },
    });
    const result = await collectDataset(adapter({ token }));
    expect(fake.faults.pending).toBe(0);
    expect(result.counts).toEqual(clean.counts);
  });

  it('stops at once with a terminal CrmRateLimitError when the daily allocation is spent', async () => {
    const { token } = await start({ dailyApiLimit: 5 });
    const error = await collectDataset(adapter({ token })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'CrmRateLimitError', terminal: true, crm: 'salesforce' });
    // The header said api-usage=5/5: the sixth request was never sent.
    expect(fake.requests).toHaveLength(5);
  });
});
