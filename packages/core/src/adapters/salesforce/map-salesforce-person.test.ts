import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../model/parse-dataset';
import leads from './__fixtures__/built-leads.json';
import {
  mapSalesforceContact,
  mapSalesforceLead,
  mapSalesforceLeadPerson,
} from './map-salesforce-person';
import { mapSalesforceQueue } from './map-salesforce-user';
import { testContext } from './mapping-test-context';
import type { SalesforceRecord } from './salesforce-values';

const [converted, open] = leads.records as SalesforceRecord[] as [
  SalesforceRecord,
  SalesforceRecord,
];

describe('mapSalesforceLeadPerson / mapSalesforceLead', () => {
  it('maps a converted lead to a person with its conversion and a hand-off work item', () => {
    const person = mapSalesforceLeadPerson(converted, testContext());
    expect(person).toMatchObject({
      id: 'salesforce:Lead:00Q5g00000AbCdEEAV',
      kind: 'lead',
      emails: [{ value: 'ada@analytical.example', primary: true }],
      companyName: 'Analytical Engines',
      ownerId: 'salesforce:User:0055g00000XyZ12AAB',
      leadStatus: 'Closed - Converted',
      lifecycleStage: 'sql',
      rawLifecycleStage: 'Closed - Converted',
      createdAt: '2026-03-04T08:31:00.000Z',
      updatedAt: '2026-03-20T15:00:02.000Z',
      conversion: {
        convertedAt: '2026-03-20',
        contactId: 'salesforce:Contact:0035g00000LmNoPAAV',
        accountId: 'salesforce:Account:0015g00000QrStUAAR',
        dealId: 'salesforce:Opportunity:0065g00000GhIjKAAU',
      },
      attribution: { original: { channel: 'webinar', rawChannel: 'Webinar' } },
      source: {
        provider: 'salesforce',
        objectType: 'Lead',
        remoteId: '00Q5g00000AbCdEEAV',
        url: 'https://acme.my.salesforce.com/lightning/r/Lead/00Q5g00000AbCdEEAV/view',
      },
    });
    expect(mapSalesforceLead(converted, testContext())).toMatchObject({
      personId: 'salesforce:Lead:00Q5g00000AbCdEEAV',
      status: 'Closed - Converted',
      sourceName: 'Webinar',
      convertedAt: '2026-03-20T00:00:00.000Z',
      convertedDealId: 'salesforce:Opportunity:0065g00000GhIjKAAU',
    });
  });

  it('keeps a queue owner, an unmapped source as unknown beside its raw value, and nulls', () => {
    const person = mapSalesforceLeadPerson(open, testContext());
    expect(person).toMatchObject({
      ownerId: 'salesforce:Group:00G5g000001QuEuEAC',
      firstName: null,
      emails: [],
      accountId: null,
      conversion: null,
      lifecycleStage: 'sal',
      attribution: { original: { channel: 'unknown', rawChannel: 'Shoe Fair' } },
    });
  });

  it('reads the lifecycle from a configured field instead of the status, mapped through its values', () => {
    const withField = { ...open, Lifecycle_Stage__c: 'MQL' };
    const context = testContext({ lifecycleField: 'Lifecycle_Stage__c' });
    expect(mapSalesforceLeadPerson(withField, context)).toMatchObject({
      lifecycleStage: 'mql',
      rawLifecycleStage: 'MQL',
      leadStatus: 'Working - Contacted',
    });
    const contact = mapSalesforceContact(
      { ...withField, attributes: { type: 'Contact', url: '' }, AccountId: '0015g00000QrStUAAR' },
      context,
    );
    expect(contact).toMatchObject({
      kind: 'contact',
      lifecycleStage: 'mql',
      accountId: 'salesforce:Account:0015g00000QrStUAAR',
    });
  });

  it('produces records the data model accepts', () => {
    const queue = { Id: '00G5g000001QuEuEAC', Name: 'Inbound queue', Email: null };
    const { rejected } = parseDataset({
      users: [mapSalesforceQueue(queue, testContext())],
      people: [mapSalesforceLeadPerson(open, testContext())],
      leads: [mapSalesforceLead(open, testContext())],
    });
    expect(rejected).toEqual([]);
  });
});
