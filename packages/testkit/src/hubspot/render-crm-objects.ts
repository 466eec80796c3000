import type { Account, Deal, Person, Pipeline, User } from '@closedloop/core';
import type { StoredObject, StoredOwner, StoredPipeline, StoredStage } from './hubspot-records';
import { LIFECYCLE_VALUES, leadStatusValue, sourceValue } from './hubspot-vocabulary';
import { hubspotDateTime, hubspotInstant, RenderContext } from './render-context';

/** Association type ids of the HubSpot-defined unlabeled and primary associations (guide §2.3). */
export const ASSOCIATION_TYPES = {
  contactToCompany: 279,
  contactToPrimaryCompany: 1,
  dealToContact: 3,
  dealToCompany: 341,
  companyToContact: 280,
  contactToDeal: 4,
  companyToDeal: 342,
} as const;

function base(
  type: StoredObject['type'],
  id: string,
  record: { createdAt: string | null; updatedAt: string | null },
  ctx: RenderContext,
): Pick<
  StoredObject,
  'id' | 'type' | 'createdAt' | 'updatedAt' | 'archived' | 'archivedAt' | 'associations'
> {
  const createdAt = hubspotInstant(record.createdAt, ctx.fallbackTime);
  return {
    id,
    type,
    createdAt,
    updatedAt: hubspotInstant(record.updatedAt ?? record.createdAt, ctx.fallbackTime),
    archived: false,
    archivedAt: null,
    associations: {},
  };
}

function historyOf(
  ctx: RenderContext,
  entity: string,
  datasetId: string,
  properties: readonly string[],
) {
  const history: StoredObject['history'] = {};
  for (const property of properties) {
    const entries = ctx.history.get(`${entity}:${datasetId}:${property}`);
    if (entries) history[property] = entries;
  }
  return history;
}

/** A user as a HubSpot owner: `id` is the owner id, `userId` a different number (guide §2.7). */
export function renderOwner(
  user: User,
  id: string,
  index: number,
  ctx: RenderContext,
): StoredOwner {
  const [firstName = '', ...rest] = (user.name ?? '').split(' ');
  const createdAt = hubspotInstant(user.createdAt, ctx.fallbackTime);
  return {
    id,
    email: user.email,
    firstName,
    lastName: rest.join(' '),
    userId: user.kind === 'queue' ? null : (ctx.userIds.get(user.id) ?? null),
    userIdIncludingInactive: ctx.userIds.get(user.id) ?? 9_100_000 + index,
    type: user.kind === 'queue' ? 'QUEUE' : 'PERSON',
    teams: user.team ? [{ id: `team-${user.team}`, name: user.team, primary: true }] : [],
    archived: !user.active,
    createdAt,
    updatedAt: hubspotInstant(user.updatedAt ?? user.createdAt, ctx.fallbackTime),
  };
}

/** An account as a company. */
export function renderCompany(account: Account, id: string, ctx: RenderContext): StoredObject {
  const object = base('companies', id, account, ctx);
  return {
    ...object,
    properties: {
      hs_object_id: id,
      name: account.name,
      domain: account.domain,
      industry: account.industry,
      numberofemployees: account.employeeCount === null ? null : String(account.employeeCount),
      hubspot_owner_id: ctx.remoteId('users', account.ownerId),
      lifecyclestage: account.lifecycleStage
        ? (LIFECYCLE_VALUES[account.lifecycleStage] ?? account.lifecycleStage)
        : null,
      hs_parent_company_id: ctx.remoteId('accounts', account.parentAccountId),
      createdate: object.createdAt,
      hs_lastmodifieddate: object.updatedAt,
    },
    history: historyOf(ctx, 'accounts', account.id, ['hubspot_owner_id', 'lifecyclestage']),
  };
}

/** A person as a contact, with stage-entry dates, sources and its company association. */
export function renderContact(person: Person, id: string, ctx: RenderContext): StoredObject {
  const object = base('contacts', id, person, ctx);
  const { original, latest } = person.attribution;
  const stageDates = Object.fromEntries(
    Object.entries(person.stageDates).map(([stage, at]) => [
      `hs_v2_date_entered_${LIFECYCLE_VALUES[stage] ?? stage}`,
      hubspotInstant(at, ctx.fallbackTime),
    ]),
  );
  const companyId = ctx.remoteId('accounts', person.accountId);
  const email = person.emails.find((entry) => entry.primary) ?? person.emails[0];
  return {
    ...object,
    properties: {
      hs_object_id: id,
      email: email?.value ?? null,
      firstname: person.firstName,
      lastname: person.lastName,
      jobtitle: person.title,
      company: person.companyName,
      hubspot_owner_id: ctx.remoteId('users', person.ownerId),
      lifecyclestage: person.lifecycleStage
        ? (LIFECYCLE_VALUES[person.lifecycleStage] ?? person.lifecycleStage)
        : null,
      hs_lead_status: person.leadStatus ? leadStatusValue(person.leadStatus) : null,
      hs_analytics_source: original ? sourceValue(original.channel) : null,
      hs_analytics_source_data_1: original?.detail1 ?? null,
      hs_analytics_source_data_2: original?.detail2 ?? null,
      hs_latest_source: latest ? sourceValue(latest.channel) : null,
      hs_latest_source_data_1: latest?.detail1 ?? null,
      hs_latest_source_data_2: latest?.detail2 ?? null,
      hs_latest_source_timestamp: latest?.at ? hubspotInstant(latest.at, ctx.fallbackTime) : null,
      associatedcompanyid: companyId,
      ...stageDates,
      createdate: object.createdAt,
      lastmodifieddate: object.updatedAt,
    },
    history: historyOf(ctx, 'people', person.id, [
      'lifecyclestage',
      'hs_lead_status',
      'hubspot_owner_id',
    ]),
    associations: companyId
      ? {
          companies: [
            {
              toId: companyId,
              typeId: ASSOCIATION_TYPES.contactToPrimaryCompany,
              label: 'Primary',
            },
          ],
        }
      : {},
  };
}

/** A deal, with its pipeline stage, close instant and contact and company associations. */
export function renderDeal(deal: Deal, id: string, ctx: RenderContext): StoredObject {
  const object = base('deals', id, deal, ctx);
  const stageId =
    deal.pipelineId && deal.stageId
      ? ctx.remoteId('stages', RenderContext.stageKey(deal.pipelineId, deal.stageId))
      : null;
  const closed = deal.status !== 'open';
  const companyId = ctx.remoteId('accounts', deal.accountId);
  const contacts = deal.contacts.flatMap((contact) => {
    const toId = ctx.remoteId('people', contact.personId);
    return toId ? [{ toId, typeId: ASSOCIATION_TYPES.dealToContact, label: contact.role }] : [];
  });
  return {
    ...object,
    properties: {
      hs_object_id: id,
      dealname: deal.name,
      amount: deal.amount?.amount ?? null,
      deal_currency_code: deal.amount?.currency ?? null,
      closedate: hubspotDateTime(deal.closeDate),
      pipeline: ctx.remoteId('pipelines', deal.pipelineId),
      dealstage: stageId,
      hubspot_owner_id: ctx.remoteId('users', deal.ownerId),
      hs_is_closed: String(closed),
      hs_is_closed_won: String(deal.status === 'won'),
      closed_lost_reason: deal.lostReason,
      hs_analytics_source: deal.originalSource ? sourceValue(deal.originalSource.channel) : null,
      ...(closed && stageId && deal.closedAt
        ? { [`hs_date_entered_${stageId}`]: hubspotInstant(deal.closedAt, ctx.fallbackTime) }
        : {}),
      createdate: object.createdAt,
      hs_lastmodifieddate: object.updatedAt,
    },
    history: historyOf(ctx, 'deals', deal.id, [
      'dealstage',
      'amount',
      'closedate',
      'hubspot_owner_id',
    ]),
    associations: {
      ...(contacts.length > 0 ? { contacts } : {}),
      ...(companyId
        ? {
            companies: [
              { toId: companyId, typeId: ASSOCIATION_TYPES.dealToCompany, label: 'Primary' },
            ],
          }
        : {}),
    },
  };
}

/** A deal pipeline; won and lost become closed stages with probability "1.0" and "0.0". */
export function renderPipeline(
  pipeline: Pipeline,
  id: string,
  index: number,
  ctx: RenderContext,
): StoredPipeline {
  const createdAt = hubspotInstant(pipeline.createdAt, ctx.fallbackTime);
  const stages = pipeline.stages.map((stage, order): StoredStage => {
    const stageId =
      ctx.remoteId('stages', RenderContext.stageKey(pipeline.id, stage.id)) ?? stage.id;
    const probability =
      stage.category === 'won' ? 1 : stage.category === 'lost' ? 0 : (stage.probability ?? 0.5);
    return {
      id: stageId,
      label: stage.name,
      displayOrder: stage.order ?? order,
      archived: stage.archived,
      createdAt,
      updatedAt: createdAt,
      metadata: {
        isClosed: stage.category === 'won' || stage.category === 'lost' ? 'true' : 'false',
        // HubSpot prints "1.0" and "0.0", other values as they are ("0.2").
        probability: Number.isInteger(probability) ? probability.toFixed(1) : String(probability),
      },
    };
  });
  return {
    id,
    label: pipeline.name,
    displayOrder: pipeline.order ?? index,
    archived: false,
    createdAt,
    updatedAt: createdAt,
    stages,
  };
}
