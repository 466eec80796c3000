import { Client } from '@hubspot/api-client';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { HubSpotFake } from './hubspot-fake';

// Faithfulness: HubSpot's own SDK (codegen from the published OpenAPI specs) reads the fake
// through its `basePath` option and its typed models deserialize every response.
let fake: HubSpotFake;
afterEach(() => fake?.close());

async function client() {
  fake = await HubSpotFake.start({ dataset: tinyCrmDataset() });
  return new Client({ accessToken: fake.staticToken, basePath: fake.url });
}

describe('@hubspot/api-client against the HubSpot fake', () => {
  it('pages contacts with getPage and the after cursor, and getAll collects them all', async () => {
    const hubspot = await client();
    const first = await hubspot.crm.contacts.basicApi.getPage(3, undefined, [
      'email',
      'lifecyclestage',
    ]);
    expect(first.results.map((contact) => contact.id)).toEqual(['101', '102', '103']);
    expect(first.results[0]?.properties).toMatchObject({
      email: 'ada@analytical.example',
      lifecyclestage: 'customer',
    });
    expect(first.results[0]?.createdAt).toBeInstanceOf(Date);
    const after = first.paging?.next?.after;
    expect(after).toBeTypeOf('string');
    const second = await hubspot.crm.contacts.basicApi.getPage(3, after);
    expect(second.results.map((contact) => contact.id)).toEqual(['104', '105', '106']);
    const all = await hubspot.crm.contacts.getAll(2, undefined, ['email']);
    expect(all.map((contact) => contact.properties.email)).toHaveLength(7);
    const withHistory = await hubspot.crm.contacts.basicApi.getPage(50, undefined, undefined, [
      'lifecyclestage',
    ]);
    expect(
      withHistory.results[0]?.propertiesWithHistory?.lifecyclestage?.[0]?.timestamp,
    ).toBeInstanceOf(Date);
  });

  it('reads deals with embedded associations, searches them, and reads pipelines and owners', async () => {
    const hubspot = await client();
    const deals = await hubspot.crm.deals.basicApi.getPage(
      10,
      undefined,
      ['dealname', 'amount', 'dealstage'],
      undefined,
      ['contacts', 'companies'],
    );
    expect(deals.results).toHaveLength(4);
    expect(deals.results[0]?.properties).toMatchObject({
      dealname: 'Engines renewal',
      amount: '48000.00',
    });
    expect(deals.results[0]?.associations?.contacts?.results.map((link) => link.id)).toEqual([
      '101',
      '102',
    ]);
    expect(deals.paging).toBeUndefined();
    const found = await hubspot.crm.deals.searchApi.doSearch({
      filterGroups: [
        { filters: [{ propertyName: 'hs_is_closed_won', operator: 'EQ' as never, value: 'true' }] },
      ],
      properties: ['dealname'],
      limit: 10,
    });
    expect(found.total).toBe(1);
    expect(found.results[0]?.properties.dealname).toBe('Engines renewal');
    const pipelines = await hubspot.crm.pipelines.pipelinesApi.getAll('deals');
    expect(pipelines.results[0]?.stages.map((stage) => stage.metadata?.probability)).toEqual([
      '0.2',
      '0.6',
      '1.0',
      '0.0',
    ]);
    const owners = await hubspot.crm.owners.ownersApi.getPage();
    expect(owners.results.map((owner) => owner.type)).toEqual(['PERSON', 'PERSON', 'QUEUE']);
    const links = await hubspot.crm.associations.v4.batchApi.getPage('deals', 'contacts', {
      inputs: [{ id: '101' }],
    });
    // Typed `string` by the SDK, a number on the wire (guide §2.3): the SDK passes it through.
    expect(links.results[0]?.to.map((link) => link.toObjectId)).toEqual([101, 102]);
  });

  it('raises the SDK error for the fake’s real 401 body', async () => {
    fake = await HubSpotFake.start({ dataset: tinyCrmDataset() });
    const hubspot = new Client({ accessToken: 'not-a-token', basePath: fake.url });
    await expect(hubspot.crm.contacts.basicApi.getPage()).rejects.toMatchObject({
      code: 401,
      body: { category: 'INVALID_AUTHENTICATION' },
    });
  });
});
