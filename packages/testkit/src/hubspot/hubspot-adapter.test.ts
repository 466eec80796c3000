import { collectDataset } from '@closedloop/core';
import {
  createHubSpotAdapter,
  datedHubSpotPaths,
  type HubSpotAdapterOptions,
} from '@closedloop/core/hubspot';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { HubSpotFake, type HubSpotFakeOptions } from './hubspot-fake';

// HubSpot-specific behaviour of the adapter against the fake; the generic guarantees are in
// hubspot-conformance.test.ts.
let fake: HubSpotFake;
afterEach(() => fake?.close());

async function setup(
  fakeOptions: Partial<HubSpotFakeOptions> = {},
  adapterOptions: Partial<HubSpotAdapterOptions> = {},
) {
  fake = await HubSpotFake.start({ dataset: tinyCrmDataset(), ...fakeOptions });
  return createHubSpotAdapter({
    auth: { type: 'token', token: fake.staticToken },
    baseUrl: fake.url,
    pageSize: 3,
    transport: { clock: fake.clock, rateLimitMarginMs: 0, retry: { baseDelayMs: 10 } },
    ...adapterOptions,
  });
}

describe('HubSpot adapter against the fake', () => {
  it('syncs the whole portal with references resolved and nothing rejected', async () => {
    const { dataset, rejected, stats } = await collectDataset(await setup(), {
      lifecycleStages: ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'],
    });
    expect(rejected).toEqual([]);
    expect(stats).toMatchObject({ fetched: 32, kept: 32, retried: 0 });
    const ada = dataset.people.find((person) => person.firstName === 'Ada');
    expect(ada).toMatchObject({
      lifecycleStage: 'customer',
      leadStatus: 'Qualified',
      accountId: 'hubspot:companies:101',
      ownerId: 'hubspot:owners:70000002',
    });
    expect(
      dataset.changes.filter((change) => change.entityId === ada?.id).map((change) => change.to),
    ).toEqual(['lead', 'mql', 'customer']);
    expect(
      dataset.touchpoints.find((touchpoint) => touchpoint.type === 'email_click'),
    ).toMatchObject({ personId: 'hubspot:contacts:104', channel: 'email' });
    expect(dataset.deals.map((deal) => deal.status)).toEqual(['won', 'open', 'lost', 'open']);
  });

  it('reads the date-versioned path family once legacy paths are gone', async () => {
    const adapter = await setup(
      { pathFamilies: { legacy: false } },
      { paths: datedHubSpotPaths('2026-03') },
    );
    const { dataset, rejected } = await collectDataset(adapter);
    expect([dataset.people.length, dataset.deals.length, rejected.length]).toEqual([7, 4, 0]);
    expect(fake.requests.some((request) => request.path.startsWith('/crm/v3'))).toBe(false);
  });

  it('syncs changes and archived records incrementally from a checkpoint', async () => {
    const adapter = await setup();
    const first = await collectDataset(adapter);
    fake.clock.advance(60_000);
    fake.update('people', 'p2', { firstName: 'Amazing Grace' });
    fake.archive('deals', 'd4');
    fake.clock.advance(60_000);
    const next = await collectDataset(adapter, {
      checkpoint: first.checkpoint,
      base: first.dataset,
    });
    expect(next.stats).toMatchObject({ fetched: 1, replaced: 1, deleted: 1 });
    expect(
      next.dataset.people.find((person) => person.id === 'hubspot:contacts:102')?.firstName,
    ).toBe('Amazing Grace');
    expect(next.dataset.deals.map((deal) => deal.id)).not.toContain('hubspot:deals:104');
  });

  it('reaches back over the search index lag with its lookback', async () => {
    const adapter = await setup({ quirks: { searchLagMs: 30_000 } }, { lookbackMs: 120_000 });
    fake.clock.advance(60_000);
    const first = await collectDataset(adapter);
    fake.update('people', 'p3', { firstName: 'Alan M.' });
    fake.clock.advance(1000);
    const hidden = await collectDataset(adapter, { checkpoint: first.checkpoint });
    expect(hidden.stats.fetched).toBe(0);
    fake.clock.advance(60_000);
    const found = await collectDataset(adapter, {
      checkpoint: hidden.checkpoint,
      base: first.dataset,
    });
    expect(found.stats).toMatchObject({ fetched: 2, replaced: 2, rejected: 0 });
    expect(
      found.dataset.people.find((person) => person.id === 'hubspot:contacts:103')?.firstName,
    ).toBe('Alan M.');
  });

  it('refreshes an expired OAuth token once through the token endpoint', async () => {
    let refreshes = 0;
    fake = await HubSpotFake.start({ dataset: tinyCrmDataset() });
    const adapter = createHubSpotAdapter({
      baseUrl: fake.url,
      auth: {
        type: 'oauth',
        accessToken: fake.issueAccessToken(0),
        refresh: async () => {
          refreshes++;
          const response = await fetch(`${fake.url}/oauth/v1/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              grant_type: 'refresh_token',
              refresh_token: 'fake-refresh-token',
            }),
          });
          const token = (await response.json()) as { access_token: string; expires_in: number };
          return {
            accessToken: token.access_token,
            expiresAt: fake.clock.now() + token.expires_in * 1000,
          };
        },
      },
      transport: { clock: fake.clock, rateLimitMarginMs: 0, maxConcurrency: 1 },
    });
    const { dataset } = await collectDataset(adapter);
    expect(dataset.people).toHaveLength(7);
    expect(refreshes).toBe(1);
    // Requests queued behind the first 401 wait for the refreshed token instead of failing too.
    expect(fake.requests.filter((request) => request.status === 401)).toHaveLength(1);
  });

  it('reads string toObjectIds, unknown fields and nulls where values are usual', async () => {
    const adapter = await setup({
      quirks: { toObjectIdAsString: true, unknownFields: true, nullValues: true },
    });
    const { dataset, rejected } = await collectDataset(adapter);
    expect(rejected).toEqual([]);
    expect(dataset.deals[0]).toMatchObject({
      name: null,
      amount: null,
      contacts: [{ personId: 'hubspot:contacts:101' }, { personId: 'hubspot:contacts:102' }],
    });
    expect(dataset.people[0]).toMatchObject({ firstName: null, attribution: { original: null } });
  });
});

describe('HubSpot adapters sharing a portal', () => {
  async function searchThrottles(portalId: string | null) {
    const first = await setup({}, { portalId, pageSize: 1 });
    const second = createHubSpotAdapter({
      auth: { type: 'token', token: fake.staticToken },
      baseUrl: fake.url,
      pageSize: 1,
      portalId,
      transport: { clock: fake.clock, rateLimitMarginMs: 0, retry: { baseDelayMs: 10 } },
    });
    await Promise.all([collectDataset(first), collectDataset(second)]);
    const throttled = fake.requests.filter(
      (request) => request.path.endsWith('/search') && request.status === 429,
    ).length;
    await fake.close();
    return throttled;
  }

  it('count the per-portal search limit together when given the same portal id', async () => {
    // Apart, each adapter spends the portal's five searches a second on its own and draws 429s.
    expect(await searchThrottles(null)).toBeGreaterThan(0);
    expect(await searchThrottles(`portal-${Date.now()}`)).toBe(0);
  });
});

describe('HubSpot adapter on odd data (issue 16)', () => {
  it('keeps search bodies within 3,000 characters when many custom stages are mapped', async () => {
    const stages = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [String(1_000_000 + index), 'lead']),
    );
    const plain = await collectDataset(await setup());
    await fake.close();
    const adapter = await setup({}, { mapping: { lifecycleStages: stages } });
    const result = await collectDataset(adapter);
    const searches = fake.requests.filter((request) => request.path.endsWith('/search'));
    const longest = Math.max(...searches.map((request) => JSON.stringify(request.body).length));
    expect(longest).toBeLessThanOrEqual(3000);
    expect(searches.every((request) => request.status === 200)).toBe(true);
    expect(result.dataset.people.map((person) => person.id)).toEqual(
      plain.dataset.people.map((person) => person.id),
    );
    expect(result.rejected).toEqual(plain.rejected);
  });

  it('is answered 400 by the fake for a search body over 3,000 characters', async () => {
    await setup();
    const response = await fetch(`${fake.url}/crm/v3/objects/contacts/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.staticToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ properties: Array.from({ length: 300 }, (_, i) => `property_${i}`) }),
    });
    expect(response.status).toBe(400);
  });

  it('reads the deal pipelines once per sync', async () => {
    await collectDataset(await setup());
    const reads = fake.requests.filter((request) => request.path.includes('/pipelines/deals'));
    expect(reads.length).toBe(1);
  });

  it('pages past a search page whose last record has no id, handing nothing out twice', async () => {
    const adapter = await setup({ quirks: { missingId: true } });
    const ids: string[] = [];
    for await (const batch of adapter.sync())
      if (batch.entity === 'people') ids.push(...batch.records.map((record) => record.id));
    expect(ids.length).toBe(7);
    expect(new Set(ids).size).toBe(7);
    const searches = fake.requests.filter((request) => request.path.endsWith('contacts/search'));
    expect(searches.length).toBe(3);
  });

  it('rejects a search result without properties by name instead of crashing the sync', async () => {
    const adapter = await setup({ quirks: { missingField: true } });
    const { rejected, counts, checkpoint } = await collectDataset(adapter);
    const odd = rejected.filter((record) => record.stage === 'adapter');
    expect(odd.map((record) => record.reason)).toEqual([
      'hubspot contacts 107 "hubspot:contacts:107": HubSpot contacts 107 has no properties',
    ]);
    expect(counts.people).toMatchObject({ in: 7, rejected: 1 });
    expect(checkpoint?.complete).toBe(true);
  });

  it('keeps records whose association result has no `to`, with a finding', async () => {
    const adapter = await setup({ quirks: { emptyRelations: true } });
    const { rejected, findings } = await collectDataset(adapter);
    expect(rejected).toEqual([]);
    const missing = findings.find((finding) => finding.code === 'association_missing');
    expect(missing?.ids.length).toBeGreaterThan(0);
    expect(missing?.ids.every((id) => /^hubspot:(contacts|deals):\d+$/.test(id))).toBe(true);
  });

  it('says so when a history read comes back without propertiesWithHistory', async () => {
    const adapter = await setup({ quirks: { withoutHistory: true } });
    const { dataset, findings } = await collectDataset(adapter);
    expect(dataset.changes).toEqual([]);
    const missing = findings.find((finding) => finding.code === 'history_missing');
    expect(missing?.count).toBe(dataset.people.length + dataset.deals.length);
  });
});
