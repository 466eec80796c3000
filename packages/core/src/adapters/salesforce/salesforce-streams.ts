import type { CrmRecord } from '../contract/crm-adapter-v1';
import { crmFindings } from '../contract/sync-findings';
import { ACCOUNT_FIELDS, mapSalesforceAccount } from './map-salesforce-account';
import {
  EVENT_FIELDS,
  mapSalesforceEvent,
  mapSalesforceTask,
  TASK_FIELDS,
} from './map-salesforce-activity';
import {
  CAMPAIGN_MEMBER_FIELDS,
  campaignFields,
  mapSalesforceCampaign,
  mapSalesforceCampaignMember,
  mapSalesforceMemberTouch,
} from './map-salesforce-campaign';
import { type HistorySource, historyFields, mapSalesforceHistory } from './map-salesforce-history';
import {
  CONTACT_ROLE_FIELDS,
  mapSalesforceOpportunity,
  opportunityFields,
} from './map-salesforce-opportunity';
import {
  CONTACT_FIELDS,
  LEAD_FIELDS,
  mapSalesforceContact,
  mapSalesforceLead,
  mapSalesforceLeadPerson,
  personFields,
} from './map-salesforce-person';
import { mapSalesforceStages } from './map-salesforce-stages';
import {
  mapSalesforceQueue,
  mapSalesforceUser,
  QUEUE_FIELDS,
  userFields,
} from './map-salesforce-user';
import { salesforceId } from './salesforce-mapping-context';
import type { SalesforceStream, SalesforceSyncContext } from './salesforce-sync-context';
import type { SalesforceRecord } from './salesforce-values';
import { type PageGroups, type SoqlStreamSpec, soqlStream } from './soql-stream';

const nonNull = <T>(value: T | null): value is T => value !== null;

/** The changes of a page of parents, from their history object, oldest first. */
async function historyOf(
  context: SalesforceSyncContext,
  source: HistorySource,
  parents: readonly SalesforceRecord[],
): Promise<PageGroups> {
  if (!context.history) return [];
  const [rows, stages] = await Promise.all([
    context.api.queryIn(
      (ids) =>
        `SELECT ${historyFields(source).join(', ')} FROM ${source.object} WHERE ${source.parentField} IN (${ids}) ORDER BY CreatedDate, Id`,
      parents.map((parent) => parent.Id),
    ),
    source.entity === 'deal' ? context.stages() : Promise.resolve(new Map()),
  ]);
  const changes: CrmRecord<'changes'>[] = rows.flatMap((row) =>
    mapSalesforceHistory(row, source, stages, context.mapping),
  );
  return [{ entity: 'changes', records: changes }];
}

const LEAD_HISTORY: HistorySource = {
  object: 'LeadHistory',
  parentField: 'LeadId',
  parentObject: 'Lead',
  entity: 'person',
};
const CONTACT_HISTORY: HistorySource = {
  object: 'ContactHistory',
  parentField: 'ContactId',
  parentObject: 'Contact',
  entity: 'person',
};
const OPPORTUNITY_HISTORY: HistorySource = {
  object: 'OpportunityFieldHistory',
  parentField: 'OpportunityId',
  parentObject: 'Opportunity',
  entity: 'deal',
};

const specs = {
  users: {
    object: 'User',
    entity: 'users',
    fields: (context) => userFields(context.mapping),
    map: async (context, users) => [
      { entity: 'users', records: users.map((user) => mapSalesforceUser(user, context.mapping)) },
    ],
  },
  queues: {
    object: 'Group',
    entity: 'users',
    where: ["Type = 'Queue'"],
    fields: () => QUEUE_FIELDS,
    map: async (context, groups) => [
      {
        entity: 'users',
        records: groups.map((group) => mapSalesforceQueue(group, context.mapping)),
      },
    ],
  },
  campaigns: {
    object: 'Campaign',
    entity: 'campaigns',
    fields: (context) => campaignFields(context.multiCurrency),
    map: async (context, campaigns) => [
      {
        entity: 'campaigns',
        records: campaigns.map((campaign) => mapSalesforceCampaign(campaign, context.mapping)),
      },
    ],
  },
  accounts: {
    object: 'Account',
    entity: 'accounts',
    fields: () => ACCOUNT_FIELDS,
    map: async (context, accounts) => [
      {
        entity: 'accounts',
        records: accounts.map((account) => mapSalesforceAccount(account, context.mapping)),
      },
    ],
  },
  leads: {
    object: 'Lead',
    entity: 'people',
    documented: ['CreatedDate'],
    fields: (context) => personFields(LEAD_FIELDS, context.mapping),
    map: async (context, leads) => [
      {
        entity: 'people',
        records: leads.map((lead) => mapSalesforceLeadPerson(lead, context.mapping)),
      },
      { entity: 'leads', records: leads.map((lead) => mapSalesforceLead(lead, context.mapping)) },
      ...(await historyOf(context, LEAD_HISTORY, leads)),
    ],
  },
  contacts: {
    object: 'Contact',
    entity: 'people',
    documented: ['CreatedDate'],
    fields: (context) => personFields(CONTACT_FIELDS, context.mapping),
    map: async (context, contacts) => [
      {
        entity: 'people',
        records: contacts.map((contact) => mapSalesforceContact(contact, context.mapping)),
      },
      ...(await historyOf(context, CONTACT_HISTORY, contacts)),
    ],
  },
  opportunities: {
    object: 'Opportunity',
    entity: 'deals',
    fields: (context) => opportunityFields(context.multiCurrency),
    map: async (context, opportunities) => {
      const ids = opportunities.map((opportunity) => opportunity.Id);
      const [roles, stages] = await Promise.all([
        context.api.queryIn(
          (list) =>
            `SELECT ${CONTACT_ROLE_FIELDS.join(', ')} FROM OpportunityContactRole WHERE OpportunityId IN (${list}) ORDER BY Id`,
          ids,
        ),
        context.stages(),
      ]);
      // A contact role without its contact (deleted, or hidden by sharing) links nobody.
      const unlinked = crmFindings();
      for (const role of roles)
        if (typeof role.ContactId !== 'string' || role.ContactId === '')
          unlinked.add('relation_missing', salesforceId('Opportunity', String(role.OpportunityId)));
      const rolesOf = new Map<string, SalesforceRecord[]>();
      for (const role of roles) {
        const key = String(role.OpportunityId);
        rolesOf.set(key, [...(rolesOf.get(key) ?? []), role]);
      }
      return [
        {
          entity: 'deals',
          findings: unlinked.list(),
          records: opportunities.map((opportunity) =>
            mapSalesforceOpportunity(
              opportunity,
              rolesOf.get(opportunity.Id) ?? [],
              stages,
              context.mapping,
            ),
          ),
        },
        ...(await historyOf(context, OPPORTUNITY_HISTORY, opportunities)),
      ];
    },
  },
  campaignMembers: {
    object: 'CampaignMember',
    entity: 'campaignMemberships',
    fields: () => CAMPAIGN_MEMBER_FIELDS,
    map: async (context, members) => {
      const channels = await context.campaignChannels();
      return [
        {
          entity: 'campaignMemberships',
          records: members
            .map((member) => mapSalesforceCampaignMember(member, context.mapping))
            .filter(nonNull),
        },
        {
          entity: 'touchpoints',
          records: members
            .map((member) =>
              mapSalesforceMemberTouch(
                member,
                channels.get(String(member.CampaignId)) ?? 'unknown',
                context.mapping,
              ),
            )
            .filter(nonNull),
        },
      ];
    },
  },
  tasks: {
    object: 'Task',
    entity: 'activities',
    fields: () => TASK_FIELDS,
    map: async (context, tasks) => [
      {
        entity: 'activities',
        records: tasks.map((task) => mapSalesforceTask(task, context.mapping)),
      },
    ],
  },
  events: {
    object: 'Event',
    entity: 'activities',
    fields: () => EVENT_FIELDS,
    map: async (context, events) => [
      {
        entity: 'activities',
        records: events.map((event) => mapSalesforceEvent(event, context.mapping)),
      },
    ],
  },
} satisfies Record<string, SoqlStreamSpec>;

/** The object streams a Salesforce sync can run. */
export type SalesforceObjectStream = keyof typeof specs;

/** The org's stages as one pipeline, read whole every pass (a short picklist). */
export const stagesStream: SalesforceStream = async function* (context) {
  const stages = [...new Set((await context.stages()).values())];
  yield {
    entity: 'pipelines',
    records: stages.length === 0 ? [] : [mapSalesforceStages(stages, context.mapping)],
    position: null,
    done: true,
  };
};

/** A stream per object. */
export const OBJECT_STREAMS: Readonly<Record<SalesforceObjectStream, SalesforceStream>> =
  Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, soqlStream(spec as SoqlStreamSpec)]),
  ) as Record<SalesforceObjectStream, SalesforceStream>;

/** Which entities a deleted row of each object removes. */
const DELETED_ENTITIES: Partial<
  Record<SalesforceObjectStream, readonly (keyof typeof ENTITY_OF)[]>
> = {
  campaigns: ['campaigns'],
  accounts: ['accounts'],
  leads: ['people', 'leads'],
  contacts: ['people'],
  opportunities: ['deals'],
  campaignMembers: ['campaignMemberships', 'touchpoints'],
  tasks: ['activities'],
  events: ['activities'],
};
const ENTITY_OF = {
  campaigns: 1,
  accounts: 1,
  people: 1,
  leads: 1,
  deals: 1,
  campaignMemberships: 1,
  touchpoints: 1,
  activities: 1,
} as const;

/**
 * Deletions of an object in the pass window: `queryAll` with `IsDeleted = true` (recycle-bin
 * rows, guide §3.2/§3.3), as deleted normalized ids.
 */
export function deletedStream(name: SalesforceObjectStream): SalesforceStream | null {
  const entities = DELETED_ENTITIES[name];
  if (!entities) return null;
  const spec = specs[name] as SoqlStreamSpec;
  return soqlStream({
    object: spec.object,
    entity: entities[0] ?? 'people',
    deleted: true,
    fields: () => ['Id', 'SystemModstamp'],
    map: async (_context, rows) =>
      entities.map((entity) => ({
        entity,
        records: [],
        deleted: rows.map((row) => salesforceId(spec.object, row.Id)),
      })),
  });
}
