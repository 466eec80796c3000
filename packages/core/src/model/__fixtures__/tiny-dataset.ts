import type { DatasetInput, EntityName } from '../dataset';

/** An input dataset as tests tamper with it: any values, keyed by entity. */
export type LooseInput = Record<EntityName, unknown[]>;

const source = (objectType: string, remoteId: string) =>
  ({ provider: 'manual', objectType, remoteId }) as const;

/**
 * A small valid dataset in which every reference field of every entity is used at least
 * once, so a single tampered field shows how parseDataset treats it.
 */
export function tinyDataset(): DatasetInput {
  return {
    users: [
      { id: 'u-1', source: source('user', '1'), name: 'Ada Seller', team: 'sales' },
      { id: 'u-2', source: source('user', '2'), name: 'Max Marketer', team: 'marketing' },
    ],
    accounts: [
      {
        id: 'a-1',
        source: source('account', '1'),
        name: 'Acme',
        ownerId: 'u-1',
        lifecycleStage: 'customer',
      },
      { id: 'a-2', source: source('account', '2'), name: 'Acme EU', parentAccountId: 'a-1' },
    ],
    people: [
      {
        id: 'p-1',
        source: source('contact', '1'),
        kind: 'contact',
        accountId: 'a-1',
        ownerId: 'u-1',
        lifecycleStage: 'opportunity',
        stageDates: { mql: '2026-01-12T10:00:00Z', opportunity: '2026-02-01T08:30:00+01:00' },
        attribution: {
          original: { channel: 'webinar', campaignId: 'c-1' },
          latest: { channel: 'email', campaignId: 'c-2' },
        },
      },
      {
        id: 'p-2',
        source: source('lead', '2'),
        kind: 'lead',
        conversion: {
          convertedAt: '2026-02-01',
          contactId: 'p-1',
          accountId: 'a-1',
          dealId: 'd-1',
        },
      },
    ],
    leads: [
      {
        id: 'l-1',
        source: source('lead', '2'),
        personId: 'p-2',
        accountId: 'a-1',
        ownerId: 'u-2',
        channel: { channel: 'webinar', campaignId: 'c-1' },
        convertedDealId: 'd-1',
      },
    ],
    pipelines: [
      {
        id: 'pl-1',
        source: source('pipeline', '1'),
        name: 'Sales',
        stages: [
          { id: 'st-open', name: 'Qualify', order: 1, category: 'open' },
          { id: 'st-won', name: 'Closed won', order: 2, category: 'won' },
        ],
      },
    ],
    deals: [
      {
        id: 'd-1',
        source: source('deal', '1'),
        amount: { amount: '1250.00', currency: 'USD' },
        status: 'won',
        closedAt: '2026-03-01T12:00:00Z',
        pipelineId: 'pl-1',
        stageId: 'st-won',
        ownerId: 'u-1',
        accountId: 'a-1',
        contacts: [{ personId: 'p-1', primary: true }],
        primaryCampaignId: 'c-1',
        originalSource: { channel: 'webinar', campaignId: 'c-1' },
      },
      {
        id: 'd-2',
        source: source('deal', '2'),
        status: 'open',
        pipelineId: 'pl-1',
        stageId: 'st-open',
        accountId: 'a-2',
      },
    ],
    campaigns: [
      { id: 'c-1', source: source('campaign', '1'), name: 'Spring webinar', channel: 'webinar' },
      { id: 'c-2', source: source('campaign', '2'), name: 'Follow-up', parentId: 'c-1' },
    ],
    campaignMemberships: [
      { id: 'm-1', source: source('member', '1'), campaignId: 'c-1', personId: 'p-1' },
    ],
    touchpoints: [
      {
        id: 't-1',
        source: source('touch', '1'),
        type: 'webinar_attendance',
        occurredAt: '2026-01-10T09:00:00Z',
        personId: 'p-1',
        accountId: 'a-1',
        campaignId: 'c-1',
      },
    ],
    activities: [
      {
        id: 'act-1',
        source: source('meeting', '1'),
        type: 'meeting',
        ownerId: 'u-1',
        personIds: ['p-1', 'p-2'],
        accountId: 'a-1',
        dealId: 'd-1',
        leadId: 'l-1',
      },
    ],
    changes: [
      {
        id: 'ch-1',
        entity: 'person',
        entityId: 'p-1',
        field: 'lifecycleStage',
        from: 'sql',
        to: 'opportunity',
        at: '2026-02-01T07:30:00Z',
        actorUserId: 'u-1',
      },
    ],
    goals: [
      {
        id: 'g-1',
        name: 'Q1 revenue',
        metric: 'revenue',
        target: '100000',
        currency: 'USD',
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
        teams: ['marketing', 'sales'],
        ownerId: 'u-1',
      },
      {
        id: 'g-2',
        name: 'Q1 MQLs',
        metric: 'mqls',
        target: '300',
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
        timeZone: 'Europe/Berlin',
        teams: ['marketing'],
      },
    ],
  };
}

/**
 * The tiny dataset with one record changed: `patch` is spread over it, and a key whose patch
 * value is `undefined` is removed. Pass a non-object `patch` to replace the whole record.
 */
export function tinyWith(entity: EntityName, index: number, patch: unknown): LooseInput {
  const input: LooseInput = structuredClone(tinyDataset());
  const records = input[entity];
  const record = records[index];
  if (typeof patch !== 'object' || patch === null || typeof record !== 'object') {
    records[index] = patch;
    return input;
  }
  const patched: Record<string, unknown> = { ...record, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete patched[key];
  records[index] = patched;
  return input;
}
