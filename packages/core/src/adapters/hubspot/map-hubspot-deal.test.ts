import { describe, expect, it } from 'vitest';
import { Deal, Pipeline } from '../../model/deals';
import associations from './__fixtures__/built-associations-batch.json';
import deal from './__fixtures__/built-deal.json';
import pipelines from './__fixtures__/built-pipelines.json';
import type { HubSpotStage } from './hubspot-api-types';
import { dealProperties, mapHubSpotDeal } from './map-hubspot-deal';
import { mapHubSpotPipeline } from './map-hubspot-pipeline';
import { testMappingContext } from './mapping-test-context';
import { linksOf } from './read-associations';

const pipeline = pipelines.results[0] as (typeof pipelines.results)[number];
const stages = new Map<string, HubSpotStage>(pipeline.stages.map((stage) => [stage.id, stage]));

describe('mapHubSpotPipeline', () => {
  it('reads string metadata into probabilities and won/lost/open categories', () => {
    const mapped = mapHubSpotPipeline(pipeline, testMappingContext());
    expect(mapped.stages.map((stage) => [stage.id, stage.probability, stage.category])).toEqual([
      ['hubspot:stages:appointmentscheduled', 0.2, 'open'],
      ['hubspot:stages:qualifiedtobuy', 0.4, 'open'],
      ['hubspot:stages:contractsent', 0.9, 'open'],
      ['hubspot:stages:closedwon', 1, 'won'],
      ['hubspot:stages:closedlost', 0, 'lost'],
    ]);
    expect(Pipeline.safeParse(mapped).success).toBe(true);
  });
});

describe('mapHubSpotDeal', () => {
  it('maps a won deal: status from the stage, closedAt from hs_date_entered, contacts and labels from v4', () => {
    const links = linksOf(associations.results);
    const mapped = mapHubSpotDeal(
      deal,
      { contacts: links.get('2029') ?? [], companyId: '9001' },
      stages,
      testMappingContext({ defaultCurrency: 'USD' }),
    );
    expect(mapped).toMatchObject({
      id: 'hubspot:deals:2029',
      name: 'Halligan expansion',
      amount: { amount: '15000.50', currency: 'USD' },
      status: 'won',
      closeDate: '2024-03-28T00:00:00.000Z',
      closedAt: '2024-03-28T10:00:00.000Z',
      pipelineId: 'hubspot:pipelines:default',
      stageId: 'hubspot:stages:closedwon',
      rawStage: 'closedwon',
      accountId: 'hubspot:companies:9001',
      contacts: [
        { personId: 'hubspot:contacts:151', role: 'Decision maker', primary: false },
        { personId: 'hubspot:contacts:152', role: null, primary: false },
      ],
      originalSource: { channel: 'paid_search', rawChannel: 'PAID_SEARCH', detail1: 'adwords' },
    });
    expect(Deal.safeParse(mapped).success).toBe(true);
    expect(dealProperties(stages, testMappingContext())).toEqual(
      expect.arrayContaining(['hs_date_entered_closedwon', 'hs_date_entered_closedlost']),
    );
  });

  it('falls back on hs_is_closed flags for an unknown stage, and keeps amounts without currency null-currency', () => {
    const lost = {
      id: '7',
      properties: {
        dealstage: 'gone',
        hs_is_closed: 'true',
        hs_is_closed_won: 'false',
        amount: '10',
        closedate: '2024-01-05T00:00:00Z',
        closed_lost_reason: 'Price',
      },
    };
    expect(
      mapHubSpotDeal(lost, { contacts: [], companyId: null }, stages, testMappingContext()),
    ).toMatchObject({
      status: 'lost',
      closedAt: '2024-01-05T00:00:00.000Z',
      lostReason: 'Price',
      amount: { amount: '10', currency: null },
    });
    const empty = mapHubSpotDeal(
      { id: '8', properties: { amount: '', dealstage: null } },
      { contacts: [], companyId: null },
      stages,
      testMappingContext(),
    );
    expect(empty).toMatchObject({ status: 'open', amount: null, stageId: null, closedAt: null });
  });
});
