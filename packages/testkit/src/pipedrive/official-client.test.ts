import { v1, v2 } from 'pipedrive';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { PipedriveFake } from './pipedrive-fake';

// Faithfulness: Pipedrive's own SDK (generated from its published OpenAPI specs) reads the
// fake through `basePath`, sending the token as `x-api-token`; its typed models accept
// every response and its axios errors carry the fake's error bodies.
let fake: PipedriveFake;
afterEach(() => fake?.close());

async function start() {
  fake = await PipedriveFake.start({ dataset: tinyCrmDataset() });
  return {
    v2: new v2.Configuration({ apiKey: fake.apiToken, basePath: `${fake.url}/api/v2` }),
    v1: new v1.Configuration({ apiKey: fake.apiToken, basePath: `${fake.url}/v1` }),
  };
}

describe('pipedrive (official npm client) against the Pipedrive fake', () => {
  it('pages v2 deals with limit and next_cursor', async () => {
    const config = await start();
    const deals = new v2.DealsApi(config.v2);
    const first = await deals.getDeals({ limit: 3, sort_by: 'id', sort_direction: 'asc' });
    expect(first.success).toBe(true);
    expect(first.data?.map((deal) => deal.id)).toEqual([1, 2, 3]);
    expect(first.data?.[0]).toMatchObject({
      title: 'Engines renewal',
      value: 48000,
      currency: 'USD',
      status: 'won',
    });
    const cursor = first.additional_data?.next_cursor;
    expect(cursor).toBeTypeOf('string');
    const second = await deals.getDeals({ limit: 3, cursor: cursor as string });
    expect(second.data?.map((deal) => deal.id)).toEqual([4]);
    expect(second.additional_data?.next_cursor).toBeNull();
    const request = fake.requests.at(-1);
    expect(request?.path).toBe('/api/v2/deals');
    expect(request?.headers['x-api-token']).toBe(fake.apiToken);
  });

  it('filters v2 persons by updated_since and reads pipelines and stages', async () => {
    const config = await start();
    const persons = await new v2.PersonsApi(config.v2).getPersons({
      updated_since: '2026-03-08T00:00:00Z',
      sort_by: 'update_time',
    });
    expect(persons.data?.map((person) => person.last_name)).toEqual([
      'Dijkstra',
      'Liskov',
      'Knuth',
    ]);
    const stages = await new v2.StagesApi(config.v2).getStages({ pipeline_id: 1 });
    expect(stages.data?.map((stage) => stage.name)).toEqual(['Discovery', 'Proposal']);
  });

  it('pages v1 leads by start/limit and reads the deal changelog', async () => {
    const config = await start();
    const leads = await new v1.LeadsApi(config.v1).getLeads({ limit: 5 });
    expect(leads.success).toBe(true);
    expect(leads.additional_data?.more_items_in_collection).toBe(false);
    const changelog = await new v1.DealsApi(config.v1).getDealChangelog({ id: 1 });
    expect(changelog.data?.map((entry) => entry.field_key)).toEqual(['stage_id']);
    const fields = await new v1.DealFieldsApi(config.v1).getDealFields({ start: 0, limit: 100 });
    expect(fields.additional_data?.more_items_in_collection).toBe(true);
  });

  // The client rejects with the response body alone: status and headers are lost (its error
  // interceptor; guide §7.3, pipedrive/client-nodejs#725), so the bodies are what it sees.
  it('rejects with the fake’s 401 and 404 bodies', async () => {
    const config = await start();
    const bad = new v2.DealsApi(
      new v2.Configuration({ apiKey: 'not-a-token', basePath: `${fake.url}/api/v2` }),
    );
    const unauthorized = await bad.getDeals().catch((error: unknown) => error);
    expect(unauthorized).toEqual({
      success: false,
      error: 'unauthorized access',
      errorCode: 401,
      error_info: 'Please check developers.pipedrive.com',
    });
    const missing = await new v2.DealsApi(config.v2)
      .getDeal({ id: 999 })
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({ success: false, error_info: 'Object was not found.' });
  });

  it('gets a 429 body once the burst window is spent, the headers only in the request log', async () => {
    const config = await start();
    const deals = new v2.DealsApi(config.v2);
    const answers = await Promise.all(
      Array.from({ length: 21 }, () =>
        deals.getDeals({ limit: 1 }).catch((error: unknown) => ({ rejected: error })),
      ),
    );
    const rejected = answers.flatMap((answer) => ('rejected' in answer ? [answer.rejected] : []));
    expect(rejected).toEqual([
      expect.objectContaining({ success: false, error: 'Rate limit exceeded', errorCode: 429 }),
    ]);
    expect(fake.requests.filter((request) => request.status === 429)).toHaveLength(1);
  });
});
