import type { EntityName } from './dataset';
import type { EntityRecord } from './entity-record';
import type { FieldChange } from './sales';

/** Entities other records point at, with the noun used in messages. */
export const TARGET_NOUNS = {
  users: 'a user',
  accounts: 'an account',
  people: 'a person',
  leads: 'a lead',
  pipelines: 'a pipeline',
  deals: 'a deal',
  campaigns: 'a campaign',
} as const satisfies { [E in EntityName]?: string };

/** An entity that other records reference by id. */
export type Target = keyof typeof TARGET_NOUNS;

/** Every entity that is a reference target, in dependency order. */
export const TARGETS = Object.keys(TARGET_NOUNS) as Target[];

/** True when records of `entity` can be referenced. */
export const isTarget = (entity: EntityName): entity is Target =>
  Object.hasOwn(TARGET_NOUNS, entity);

const CHANGE_TARGETS = {
  person: 'people',
  account: 'accounts',
  lead: 'leads',
  deal: 'deals',
} as const satisfies Record<FieldChange['entity'], Target>;

/**
 * Receives one reference field: its dotted name (`contacts[0].personId`), the entity it points
 * at, its value and the caller's `context`. A callback with a context rather than a returned
 * list or a closure: this runs for every record, and allocating nothing per record keeps a
 * million touchpoints fast.
 */
export type VisitReference<C> = (
  field: string,
  target: Target,
  id: string | null,
  context: C,
) => void;

/**
 * Every id-valued field of every entity and the entity it points at. `source.accountId` is
 * not one: it names the CRM account (portal, org), not an Account record.
 */
const REFERENCE_FIELDS: {
  readonly [E in EntityName]: <C>(
    record: EntityRecord<E>,
    visit: VisitReference<C>,
    context: C,
  ) => void;
} = {
  users: () => {},
  accounts: (a, visit, context) => {
    visit('ownerId', 'users', a.ownerId, context);
    visit('parentAccountId', 'accounts', a.parentAccountId, context);
  },
  people: (p, visit, context) => {
    visit('accountId', 'accounts', p.accountId, context);
    visit('ownerId', 'users', p.ownerId, context);
    const { original, latest } = p.attribution;
    if (original)
      visit('attribution.original.campaignId', 'campaigns', original.campaignId, context);
    if (latest) visit('attribution.latest.campaignId', 'campaigns', latest.campaignId, context);
    if (p.conversion) {
      visit('conversion.contactId', 'people', p.conversion.contactId, context);
      visit('conversion.accountId', 'accounts', p.conversion.accountId, context);
      visit('conversion.dealId', 'deals', p.conversion.dealId, context);
    }
  },
  leads: (l, visit, context) => {
    visit('personId', 'people', l.personId, context);
    visit('accountId', 'accounts', l.accountId, context);
    visit('ownerId', 'users', l.ownerId, context);
    if (l.channel) visit('channel.campaignId', 'campaigns', l.channel.campaignId, context);
    visit('convertedDealId', 'deals', l.convertedDealId, context);
  },
  pipelines: () => {},
  deals: (d, visit, context) => {
    visit('pipelineId', 'pipelines', d.pipelineId, context);
    visit('ownerId', 'users', d.ownerId, context);
    visit('accountId', 'accounts', d.accountId, context);
    for (let i = 0; i < d.contacts.length; i++) {
      visit(`contacts[${i}].personId`, 'people', d.contacts[i]?.personId ?? null, context);
    }
    visit('primaryCampaignId', 'campaigns', d.primaryCampaignId, context);
    if (d.originalSource)
      visit('originalSource.campaignId', 'campaigns', d.originalSource.campaignId, context);
  },
  campaigns: (c, visit, context) => visit('parentId', 'campaigns', c.parentId, context),
  campaignMemberships: (m, visit, context) => {
    visit('campaignId', 'campaigns', m.campaignId, context);
    visit('personId', 'people', m.personId, context);
  },
  touchpoints: (t, visit, context) => {
    visit('personId', 'people', t.personId, context);
    visit('accountId', 'accounts', t.accountId, context);
    visit('campaignId', 'campaigns', t.campaignId, context);
  },
  activities: (a, visit, context) => {
    visit('ownerId', 'users', a.ownerId, context);
    for (let i = 0; i < a.personIds.length; i++) {
      visit(`personIds[${i}]`, 'people', a.personIds[i] ?? null, context);
    }
    visit('accountId', 'accounts', a.accountId, context);
    visit('dealId', 'deals', a.dealId, context);
    visit('leadId', 'leads', a.leadId, context);
  },
  changes: (c, visit, context) => {
    visit('entityId', CHANGE_TARGETS[c.entity], c.entityId, context);
    visit('actorUserId', 'users', c.actorUserId, context);
  },
  goals: (g, visit, context) => visit('ownerId', 'users', g.ownerId, context),
};

/** Calls `visit` for each reference field of a record, null ones included. */
export function visitReferences<E extends EntityName, C>(
  entity: E,
  record: EntityRecord<E>,
  visit: VisitReference<C>,
  context: C,
): void {
  REFERENCE_FIELDS[entity](record, visit, context);
}
