import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/built-opportunity.json';
import { mapSalesforceHistory } from './map-salesforce-history';
import { mapSalesforceOpportunity } from './map-salesforce-opportunity';
import { mapSalesforceStages, stageIndex } from './map-salesforce-stages';
import { testContext } from './mapping-test-context';
import type { SalesforceRecord } from './salesforce-values';

const opportunity = fixture.opportunity as SalesforceRecord;
const roles = fixture.contactRoles as SalesforceRecord[];
const stages = fixture.stages as SalesforceRecord[];
const index = stageIndex(stages);
const source = {
  object: 'OpportunityFieldHistory',
  parentField: 'OpportunityId',
  parentObject: 'Opportunity',
  entity: 'deal',
} as const;

describe('mapSalesforceStages', () => {
  it('turns OpportunityStage into one pipeline: sort order, won/lost from IsClosed/IsWon, probabilities', () => {
    const pipeline = mapSalesforceStages(stages, testContext());
    expect(pipeline.stages).toEqual([
      {
        id: 'salesforce:OpportunityStage:Prospecting',
        name: 'Prospecting',
        order: 0,
        probability: 0.1,
        category: 'open',
        archived: false,
      },
      {
        id: 'salesforce:OpportunityStage:Negotiation/Review',
        name: 'Negotiation',
        order: 1,
        probability: 0.9,
        category: 'open',
        archived: true,
      },
      {
        id: 'salesforce:OpportunityStage:Closed Won',
        name: 'Closed Won',
        order: 2,
        probability: 1,
        category: 'won',
        archived: false,
      },
      {
        id: 'salesforce:OpportunityStage:Closed Lost',
        name: 'Closed Lost',
        order: 3,
        probability: 0,
        category: 'lost',
        archived: false,
      },
    ]);
  });

  it('applies configured overrides per API name', () => {
    const pipeline = mapSalesforceStages(
      stages,
      testContext({ stages: { 'Negotiation/Review': { category: 'lost', probability: 0 } } }),
    );
    expect(pipeline.stages[1]).toMatchObject({ category: 'lost', probability: 0 });
  });
});

describe('mapSalesforceOpportunity', () => {
  it('maps money, status, the close instant, contact roles and the primary campaign', () => {
    expect(mapSalesforceOpportunity(opportunity, roles, index, testContext())).toMatchObject({
      id: 'salesforce:Opportunity:0065g00000GhIjKAAU',
      name: 'Engines renewal',
      amount: { amount: '48000.5', currency: 'USD' },
      status: 'won',
      closeDate: '2026-03-20',
      closedAt: '2026-03-20T15:00:00.000Z',
      stageId: 'salesforce:OpportunityStage:Closed Won',
      rawStage: 'Closed Won',
      pipelineId: 'salesforce:pipeline:OpportunityStage',
      accountId: 'salesforce:Account:0015g00000QrStUAAR',
      contacts: [
        {
          personId: 'salesforce:Contact:0035g00000LmNoPAAV',
          role: 'Decision Maker',
          primary: true,
        },
      ],
      primaryCampaignId: 'salesforce:Campaign:7015g000000AbCdAAK',
    });
  });

  it('falls back on the record’s flags for an unknown stage, and on the org currency', () => {
    const odd = {
      ...opportunity,
      StageName: 'Lost to competitor',
      IsWon: false,
      CurrencyIsoCode: undefined,
      LastStageChangeDate: null,
    };
    const context = { ...testContext(), defaultCurrency: 'EUR' };
    expect(mapSalesforceOpportunity(odd, [], index, context)).toMatchObject({
      status: 'lost',
      stageId: null,
      rawStage: 'Lost to competitor',
      amount: { currency: 'EUR' },
      closedAt: '2026-03-20T00:00:00.000Z',
    });
  });
});

describe('mapSalesforceHistory', () => {
  it('maps stage names to stage ids, amounts, and keeps only the id row of an owner change', () => {
    const changes = (fixture.history as SalesforceRecord[]).flatMap((row) =>
      mapSalesforceHistory(row, source, index, testContext()),
    );
    expect(changes.map((change) => [change.field, change.from, change.to, change.at])).toEqual([
      [
        'dealStage',
        'salesforce:OpportunityStage:Prospecting',
        'salesforce:OpportunityStage:Closed Won',
        '2026-03-20T15:00:00.000Z',
      ],
      ['amount', '45000', '48000.5', '2026-03-18T10:00:00.000Z'],
      [
        'owner',
        'salesforce:User:0055g00000XyZ13AAB',
        'salesforce:User:0055g00000XyZ12AAB',
        '2026-03-13T10:00:00.000Z',
      ],
    ]);
    expect(changes[0]).toMatchObject({
      entity: 'deal',
      entityId: 'salesforce:Opportunity:0065g00000GhIjKAAU',
      actorUserId: 'salesforce:User:0055g00000XyZ12AAB',
      provenance: 'field_history',
      source: { provider: 'salesforce', remoteId: '0175g00001AAAAAAA1' },
    });
  });

  it('reads a lead Status change as lead status and, without a lifecycle field, as lifecycle too', () => {
    const row = {
      attributes: { type: 'LeadHistory', url: '' },
      Id: '0175g00001AAAAAAB1',
      LeadId: '00Q5g00000AbCdFEAV',
      Field: 'Status',
      OldValue: 'Open - Not Contacted',
      NewValue: 'Working - Contacted',
      CreatedDate: '2026-03-06T12:16:00.000+0000',
      CreatedById: '0055g00000XyZ13AAB',
    };
    const lead = {
      object: 'LeadHistory',
      parentField: 'LeadId',
      parentObject: 'Lead',
      entity: 'person',
    } as const;
    expect(
      mapSalesforceHistory(row, lead, index, testContext()).map((change) => [
        change.field,
        change.from,
        change.to,
      ]),
    ).toEqual([
      ['leadStatus', 'Open - Not Contacted', 'Working - Contacted'],
      ['lifecycleStage', 'lead', 'sal'],
    ]);
    expect(
      mapSalesforceHistory(row, lead, index, testContext({ lifecycleField: 'Lifecycle_Stage__c' })),
    ).toHaveLength(1);
  });
});
