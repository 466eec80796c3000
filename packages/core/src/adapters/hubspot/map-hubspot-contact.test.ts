import { describe, expect, it } from 'vitest';
import { Person } from '../../model/people';
import contact from './__fixtures__/built-contact.json';
import observed from './__fixtures__/contact-with-propertiesWithHistory.json';
import { hubspotMapping } from './hubspot-mapping-config';
import { contactProperties, mapHubSpotContact } from './map-hubspot-contact';
import { testMappingContext } from './mapping-test-context';

describe('mapHubSpotContact', () => {
  it('maps a contact, keeping raw values beside mapped ones', () => {
    const person = mapHubSpotContact(contact, '9001', testMappingContext());
    expect(person).toMatchObject({
      id: 'hubspot:contacts:151',
      source: {
        provider: 'hubspot',
        objectType: 'contacts',
        remoteId: '151',
        accountId: '62515',
        url: 'https://app.hubspot.com/contacts/62515/record/0-1/151',
      },
      emails: [
        { value: 'bh@hubspot.com', primary: true },
        { value: 'brian@example.com', primary: false },
        { value: 'halligan@example.com', primary: false },
      ],
      firstName: 'Brian',
      title: null,
      accountId: 'hubspot:companies:9001',
      ownerId: 'hubspot:owners:41629779',
      lifecycleStage: 'mql',
      rawLifecycleStage: 'marketingqualifiedlead',
      leadStatus: 'In progress',
      custom: { hs_lead_status: 'IN_PROGRESS' },
      // v2 date first; the legacy epoch-ms date fills in where v2 is null.
      stageDates: { lead: '2024-02-01T10:00:05.000Z', mql: '2024-02-13T10:00:00.000Z' },
      attribution: {
        original: {
          channel: 'organic_search',
          rawChannel: 'ORGANIC_SEARCH',
          detail1: 'google',
          detail2: null,
        },
        latest: {
          channel: 'unknown',
          rawChannel: 'NEW_BUCKET_2027',
          at: '2024-03-01T11:00:00.000Z',
        },
      },
    });
    expect(Person.safeParse(person).success).toBe(true);
  });

  it('maps an observed payload with only default properties, and configured custom stages', () => {
    const context = testMappingContext({
      mapping: hubspotMapping({ lifecycleStages: { '1024': 'sal' } }),
    });
    const person = mapHubSpotContact(
      { ...observed, properties: { ...observed.properties, lifecyclestage: '1024' } },
      null,
      context,
    );
    expect(person).toMatchObject({
      id: 'hubspot:contacts:1',
      emails: [],
      accountId: null,
      lifecycleStage: 'sal',
      rawLifecycleStage: '1024',
      createdAt: '2022-02-22T08:16:52.981Z',
    });
    expect(contactProperties(context)).toContain('hs_v2_date_entered_1024');
  });

  it('leaves unmapped lifecycle stages null and humanizes unknown lead statuses', () => {
    const person = mapHubSpotContact(
      { id: '9', properties: { lifecyclestage: '99887766', hs_lead_status: 'NO_ICP_FIT' } },
      null,
      testMappingContext(),
    );
    expect(person).toMatchObject({
      lifecycleStage: null,
      rawLifecycleStage: '99887766',
      leadStatus: 'No icp fit',
    });
  });
});
