import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../model/parse-dataset';
import changelog from './__fixtures__/v1-get-deal-changelog.json';
import leads from './__fixtures__/v1-get-leads.json';
import activities from './__fixtures__/v2-get-activities.json';
import deals from './__fixtures__/v2-get-deals.json';
import organizations from './__fixtures__/v2-get-organizations.json';
import persons from './__fixtures__/v2-get-persons.json';
import pipelines from './__fixtures__/v2-get-pipelines.json';
import stages from './__fixtures__/v2-get-stages.json';
import { mapPipedriveOrganization, mapPipedrivePerson } from './map-pipedrive-contacts';
import {
  mapPipedriveChangelog,
  mapPipedriveDeal,
  mapPipedrivePipeline,
} from './map-pipedrive-deal';
import { mapPipedriveActivity, mapPipedriveLead } from './map-pipedrive-lead';
import { mappingTestContext } from './mapping-test-context';
import type {
  PipedriveActivity,
  PipedriveDeal,
  PipedriveLead,
  PipedriveOrganization,
  PipedrivePerson,
} from './pipedrive-api-types';
import { pipedriveMapping } from './pipedrive-mapping-config';

const context = mappingTestContext();
const deal = deals.data[0] as PipedriveDeal;

describe('Pipedrive mapping (spec example payloads)', () => {
  it('maps a v2 deal: status, money, stage name kept raw, channel option to attribution', () => {
    expect(mapPipedriveDeal(deal, context)).toMatchObject({
      id: 'pipedrive:deals:1',
      source: {
        provider: 'pipedrive',
        objectType: 'deals',
        remoteId: '1',
        url: 'https://acme.pipedrive.com/deal/1',
      },
      name: 'Deal Title',
      amount: { amount: '200', currency: 'USD' },
      status: 'open',
      closedAt: null,
      closeDate: '2021-01-01',
      pipelineId: 'pipedrive:pipelines:1',
      stageId: 'pipedrive:stages:1',
      rawStage: 'Stage Name',
      ownerId: 'pipedrive:users:1',
      accountId: 'pipedrive:organizations:1',
      contacts: [{ personId: 'pipedrive:persons:1', primary: true }],
      originalSource: {
        channel: 'paid_search',
        rawChannel: 'Paid search',
        detail1: 'ManuallyCreated',
        detail2: 'Jun23 Billboards',
        campaignId: null,
      },
    });
    const won = mapPipedriveDeal(
      { ...deal, status: 'won', won_time: '2021-02-03T04:05:06Z' },
      context,
    );
    expect(won).toMatchObject({ status: 'won', closedAt: '2021-02-03T04:05:06.000Z' });
  });

  it('maps a v2 person: e-mails, lifecycle from the first mapped label, raw labels kept', () => {
    const person = mapPipedrivePerson(persons.data[0] as PipedrivePerson, context);
    expect(person).toMatchObject({
      id: 'pipedrive:persons:1',
      kind: 'contact',
      firstName: 'Person',
      lastName: 'Name',
      title: 'Manager',
      emails: [
        { value: 'email1@email.com', primary: true },
        { value: 'email2@email.com', primary: false },
      ],
      accountId: 'pipedrive:organizations:1',
      lifecycleStage: 'sql',
      rawLifecycleStage: 'Hot lead, VIP, Customer',
    });
  });

  it('maps a v2 organization, reading the domain from a custom field by name', () => {
    const organization = {
      ...(organizations.data[0] as PipedriveOrganization),
      custom_fields: { a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e: 'https://www.acme.example/about' },
    };
    expect(mapPipedriveOrganization(organization, context)).toMatchObject({
      id: 'pipedrive:organizations:1',
      name: 'Organization Name',
      domain: 'www.acme.example',
      ownerId: 'pipedrive:users:1',
      custom: { Website: 'https://www.acme.example/about' },
    });
  });

  it('maps a v1 lead: uuid, label names, value, source and channel', () => {
    expect(mapPipedriveLead(leads.data[0] as PipedriveLead, context)).toMatchObject({
      id: 'pipedrive:leads:adf21080-0e10-11eb-879b-05d71fb426ec',
      title: 'Jane Doe Lead',
      personId: 'pipedrive:persons:1092',
      accountId: null,
      labels: ['Hot', 'f08b42a1-4e75-11ea-9643-03698ef1cfd6'],
      sourceName: 'API',
      value: { amount: '999', currency: 'USD' },
      channel: { channel: 'paid_search', detail1: 'API', detail2: 'Jun23 Billboards' },
      createdAt: '2020-10-14T11:30:36.551Z',
    });
  });

  it('maps a v2 activity with participants, a custom type and HH:MM:SS due times', () => {
    expect(mapPipedriveActivity(activities.data[0] as PipedriveActivity, context)).toMatchObject({
      id: 'pipedrive:activities:1',
      type: 'other',
      rawType: 'activity_type',
      done: true,
      occurredAt: '2021-01-01T00:00:00.000Z',
      dueAt: '2021-01-01T15:00:00.000Z',
      dealId: 'pipedrive:deals:5',
      leadId: 'pipedrive:leads:abc-def',
    });
  });

  it('maps pipelines with v2 stages: all open, probability as a fraction', () => {
    const pipeline = mapPipedrivePipeline(
      pipelines.data[0] as never,
      stages.data as never,
      context,
    );
    expect(pipeline.stages).toEqual([
      {
        id: 'pipedrive:stages:1',
        name: 'Stage Name',
        order: 1,
        probability: 1,
        category: 'open',
        archived: false,
      },
    ]);
    const closing = mapPipedrivePipeline(pipelines.data[0] as never, stages.data as never, {
      ...context,
      mapping: pipedriveMapping({ stageCategories: { 'Stage Name': 'won' } }),
    });
    expect(closing.stages[0]?.category).toBe('won');
  });

  it('maps a deal changelog oldest first, tracked fields named, others by field name', () => {
    const changes = mapPipedriveChangelog(7, changelog.data, context);
    expect(
      changes.map(({ field, from, to, at, actorUserId, provenance }) => ({
        field,
        from,
        to,
        at,
        actorUserId,
        provenance,
      })),
    ).toEqual([
      {
        field: 'amount',
        from: '0',
        to: '100',
        at: '2024-02-12T09:10:12.000Z',
        actorUserId: 'pipedrive:users:26',
        provenance: 'changelog',
      },
      {
        field: 'Title',
        from: 'My Deel',
        to: 'My Deal',
        at: '2024-02-12T09:14:35.000Z',
        actorUserId: 'pipedrive:users:26',
        provenance: 'changelog',
      },
    ]);
    const stage = mapPipedriveChangelog(
      7,
      [{ field_key: 'stage_id', old_value: '1', new_value: 2, time: '2024-03-01 10:00:00' }],
      context,
    );
    expect(stage[0]).toMatchObject({
      field: 'dealStage',
      from: 'pipedrive:stages:1',
      to: 'pipedrive:stages:2',
    });
  });

  it('produces records parseDataset accepts', () => {
    const { rejected } = parseDataset(
      {
        users: [
          {
            id: 'pipedrive:users:1',
            source: { provider: 'pipedrive', objectType: 'users', remoteId: '1' },
          },
        ],
        accounts: [mapPipedriveOrganization(organizations.data[0] as never, context)],
        people: [mapPipedrivePerson(persons.data[0] as PipedrivePerson, context)],
      },
      { lifecycleStages: ['lead', 'mql', 'sql', 'customer'] },
    );
    expect(rejected).toEqual([]);
  });
});
