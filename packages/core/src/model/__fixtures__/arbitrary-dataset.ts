import fc from 'fast-check';
import { ENTITY_NAMES, type EntityName } from '../dataset';
import type { LooseInput } from './tiny-dataset';

// Small id pools, so generated records collide (duplicates), point at records that exist,
// at records that are rejected (cascades) and at records that never exist ('ghost').
const pool = (prefix: string, size: number) =>
  Array.from({ length: size }, (_, i) => `${prefix}${i}`);
const USERS = pool('u', 3);
const ACCOUNTS = pool('a', 3);
const PEOPLE = pool('p', 4);
const LEADS = pool('l', 2);
const DEALS = pool('d', 3);
const CAMPAIGNS = pool('c', 3);
// A pipeline id always has the same stages: which copy of a duplicated pipeline is kept then
// cannot change which deals are valid.
const PIPELINE_STAGES: Readonly<Record<string, readonly string[]>> = {
  pl0: ['s0', 's1'],
  pl1: ['s2'],
};

const id = (ids: readonly string[]) => fc.constantFrom(...ids);
/** An id of the pool, now and then one that never exists. */
const target = (ids: readonly string[]) =>
  fc.oneof({ arbitrary: id(ids), weight: 12 }, { arbitrary: fc.constant('ghost'), weight: 1 });
const ref = (ids: readonly string[]) => fc.option(target(ids), { nil: null, freq: 2 });
const source = fc.constant({ provider: 'manual', objectType: 'generated', remoteId: '1' });
const instant = fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-01T10:00:00+02:00');
const stage = fc.constantFrom(null, 'lead', 'mql', 'customer', 'bogus');
const attribution = fc.option(
  fc.record({ channel: fc.constant('email'), campaignId: ref(CAMPAIGNS) }),
  {
    nil: null,
  },
);

const VALID: { readonly [E in EntityName]: fc.Arbitrary<Record<string, unknown>> } = {
  users: fc.record({ id: id(USERS), source, team: fc.constantFrom(null, 'sales', 'marketing') }),
  accounts: fc.record({
    id: id(ACCOUNTS),
    source,
    ownerId: ref(USERS),
    parentAccountId: ref(ACCOUNTS),
    lifecycleStage: stage,
  }),
  people: fc.record({
    id: id(PEOPLE),
    source,
    kind: fc.constantFrom('lead', 'contact'),
    accountId: ref(ACCOUNTS),
    ownerId: ref(USERS),
    lifecycleStage: stage,
    attribution: fc.record({ original: attribution, latest: attribution }),
    conversion: fc.option(
      fc.record({
        convertedAt: fc.constant('2026-02-01'),
        contactId: ref(PEOPLE),
        accountId: ref(ACCOUNTS),
        dealId: ref(DEALS),
      }),
      { nil: null },
    ),
  }),
  leads: fc.record({
    id: id(LEADS),
    source,
    personId: ref(PEOPLE),
    accountId: ref(ACCOUNTS),
    ownerId: ref(USERS),
    convertedDealId: ref(DEALS),
  }),
  pipelines: id(Object.keys(PIPELINE_STAGES)).map((pipelineId) => ({
    id: pipelineId,
    source: { provider: 'manual', objectType: 'pipeline', remoteId: pipelineId },
    name: pipelineId,
    stages: (PIPELINE_STAGES[pipelineId] ?? []).map((stageId, order) => ({
      id: stageId,
      name: stageId,
      order,
    })),
  })),
  deals: fc.record({
    id: id(DEALS),
    source,
    amount: fc.option(
      fc.record({ amount: fc.constantFrom('0', '99.50'), currency: fc.constantFrom(null, 'EUR') }),
      {
        nil: null,
      },
    ),
    status: fc.constantFrom('open', 'won', 'lost'),
    closedAt: fc.option(instant, { nil: null }),
    pipelineId: ref(Object.keys(PIPELINE_STAGES)),
    stageId: fc.constantFrom(null, 's0', 's1', 's2'),
    ownerId: ref(USERS),
    accountId: ref(ACCOUNTS),
    contacts: fc.array(fc.record({ personId: target(PEOPLE) }), { maxLength: 2 }),
    primaryCampaignId: ref(CAMPAIGNS),
  }),
  campaigns: fc.record({
    id: id(CAMPAIGNS),
    source,
    name: fc.constant('Campaign'),
    parentId: ref(CAMPAIGNS),
  }),
  campaignMemberships: fc.record({
    id: id(pool('m', 3)),
    source,
    campaignId: target(CAMPAIGNS),
    personId: target(PEOPLE),
  }),
  touchpoints: fc.record({
    id: id(pool('t', 4)),
    source,
    type: fc.constantFrom('page_view', 'form_submission'),
    occurredAt: instant,
    personId: ref(PEOPLE),
    accountId: ref(ACCOUNTS),
    campaignId: ref(CAMPAIGNS),
  }),
  activities: fc.record({
    id: id(pool('act', 3)),
    source,
    type: fc.constantFrom('call', 'meeting'),
    ownerId: ref(USERS),
    personIds: fc.array(target(PEOPLE), { maxLength: 2 }),
    accountId: ref(ACCOUNTS),
    dealId: ref(DEALS),
    leadId: ref(LEADS),
  }),
  changes: fc.record({
    id: id(pool('ch', 3)),
    entity: fc.constantFrom('person', 'account', 'lead', 'deal'),
    entityId: id([...PEOPLE, ...ACCOUNTS, ...LEADS, ...DEALS]),
    field: fc.constantFrom('lifecycleStage', 'owner'),
    from: stage,
    to: stage,
    at: instant,
    actorUserId: ref(USERS),
  }),
  goals: fc.record({
    id: id(pool('g', 3)),
    name: fc.constant('Goal'),
    metric: fc.constantFrom('revenue', 'mqls'),
    target: fc.constant('10'),
    currency: fc.constantFrom(null, 'USD'),
    periodStart: fc.constant('2026-01-01'),
    periodEnd: fc.constantFrom('2026-03-31', '2025-12-31'),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Mars/Olympus'),
    teams: fc.constant(['sales']),
    ownerId: ref(USERS),
  }),
};

/** Ways to break a record's shape that apply to every entity. */
const corrupt = (record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(42, null, 'record', []),
    record.map((r) => ({ ...r, id: 7 })),
    record.map((r) => ({ ...r, id: '' })),
    record.map(({ id: _, ...rest }) => rest),
  );

/**
 * Datasets mixing valid records, records that break schemas, domain rules or references,
 * and duplicated ids, in every entity.
 */
export const arbitraryDataset: fc.Arbitrary<LooseInput> = fc.record(
  Object.fromEntries(
    ENTITY_NAMES.map((entity) => [
      entity,
      fc.array(
        fc.oneof(
          { arbitrary: VALID[entity], weight: 4 },
          { arbitrary: corrupt(VALID[entity]), weight: 1 },
        ),
        {
          maxLength: 6,
        },
      ),
    ]),
  ) as { [E in EntityName]: fc.Arbitrary<unknown[]> },
);
