import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/built-marketing-and-activities.json';
import { mapSalesforceAccount } from './map-salesforce-account';
import { mapSalesforceEvent, mapSalesforceTask } from './map-salesforce-activity';
import {
  mapSalesforceCampaign,
  mapSalesforceCampaignMember,
  mapSalesforceMemberTouch,
} from './map-salesforce-campaign';
import { mapSalesforceUser } from './map-salesforce-user';
import { testContext } from './mapping-test-context';
import type { SalesforceRecord } from './salesforce-values';

const member = fixture.campaignMember as SalesforceRecord;
const [listEmail, call] = fixture.tasks as SalesforceRecord[] as [
  SalesforceRecord,
  SalesforceRecord,
];

describe('campaigns and members', () => {
  it('maps a campaign with its channel from Type and its budget', () => {
    expect(
      mapSalesforceCampaign(fixture.campaign as SalesforceRecord, testContext()),
    ).toMatchObject({
      name: 'Spring webinar',
      channel: 'webinar',
      type: 'Webinar',
      budget: { amount: '5000', currency: 'USD' },
      actualCost: null,
      startDate: '2026-03-01',
    });
  });

  it('maps a converted lead’s member to its contact, as a membership and a response touchpoint', () => {
    expect(mapSalesforceCampaignMember(member, testContext())).toMatchObject({
      campaignId: 'salesforce:Campaign:7015g000000AbCdAAK',
      personId: 'salesforce:Contact:0035g00000LmNoPAAV',
      status: 'Attended',
      responded: true,
      firstRespondedAt: '2026-03-05',
      basis: 'explicit',
    });
    expect(mapSalesforceMemberTouch(member, 'webinar', testContext())).toMatchObject({
      type: 'event_attendance',
      occurredAt: '2026-03-05T00:00:00.000Z',
      personId: 'salesforce:Contact:0035g00000LmNoPAAV',
      channel: 'webinar',
    });
    expect(
      mapSalesforceMemberTouch({ ...member, HasResponded: false }, 'webinar', testContext()),
    ).toBeNull();
  });
});

describe('activities, users and accounts', () => {
  it('marks list e-mails as automated and links tasks to people, deals and accounts', () => {
    expect(mapSalesforceTask(listEmail, testContext())).toMatchObject({
      type: 'email',
      automated: true,
      direction: 'outbound',
      personIds: ['salesforce:Lead:00Q5g00000AbCdFEAV'],
      leadId: 'salesforce:Lead:00Q5g00000AbCdFEAV',
      occurredAt: '2026-03-06T12:20:00.000Z',
    });
    expect(mapSalesforceTask(call, testContext())).toMatchObject({
      type: 'call',
      automated: false,
      done: true,
      dealId: 'salesforce:Opportunity:0065g00000GhIjKAAU',
      accountId: 'salesforce:Account:0015g00000QrStUAAR',
      dueAt: '2026-03-15T00:00:00.000Z',
    });
    expect(mapSalesforceEvent(fixture.event as SalesforceRecord, testContext())).toMatchObject({
      type: 'meeting',
      occurredAt: '2026-03-16T15:00:00.000Z',
      accountId: 'salesforce:Account:0015g00000QrStUAAR',
    });
  });

  it('gives a user the team of its department (or of its id), and an account its domain', () => {
    const user = fixture.user as SalesforceRecord;
    expect(mapSalesforceUser(user, testContext())).toMatchObject({ team: 'sales', kind: 'person' });
    expect(mapSalesforceUser(user, testContext({ userTeams: { [user.Id]: 'sdr' } })).team).toBe(
      'sdr',
    );
    expect(mapSalesforceAccount(fixture.account as SalesforceRecord, testContext())).toMatchObject({
      domain: 'analytical.example',
      employeeCount: 40,
      segment: 'Customer',
    });
  });
});
