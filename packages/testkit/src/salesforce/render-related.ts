import type { Dataset, EntityName } from '@closedloop/core';
import { sfDate, sfNumber } from './salesforce-format';
import type { SalesforceRow } from './soql-eval';

/** What rendering needs from the store. */
export interface RenderTools {
  /** The Salesforce id of a dataset record, or null. */
  id(entity: EntityName, datasetId: string | null | undefined): string | null;
  mint(object: string): string;
  /** A User's or queue's name (the name row of an owner change). */
  userName(sfId: string | null): string;
  /** The picklist value of a dataset stage id. */
  stageName(stageId: string | null | undefined): string | null;
  /** A `LeadSource` value for a channel. */
  leadSource(channel: string): string;
  readonly now: string;
  readonly lifecycleField: string;
}

/** A membership as a CampaignMember row (a lead's or a contact's). */
export function renderMembership(
  membership: Dataset['campaignMemberships'][number],
  tools: RenderTools,
): SalesforceRow | null {
  const person = tools.id('people', membership.personId);
  const campaign = tools.id('campaigns', membership.campaignId);
  if (!person || !campaign) return null;
  return {
    Id: tools.mint('CampaignMember'),
    CampaignId: campaign,
    LeadId: person.startsWith('00Q') ? person : null,
    ContactId: person.startsWith('003') ? person : null,
    LeadOrContactId: person,
    Status: membership.status ?? (membership.responded ? 'Responded' : 'Sent'),
    HasResponded: membership.responded,
    FirstRespondedDate: membership.responded ? sfDate(membership.firstRespondedAt) : null,
    CreatedDate: membership.createdAt ?? tools.now,
    LastModifiedDate: membership.updatedAt ?? membership.createdAt ?? tools.now,
    SystemModstamp: membership.updatedAt ?? membership.createdAt ?? tools.now,
    IsDeleted: false,
  };
}

/**
 * An activity as a Task (calls, e-mails, to-dos; automated ones as `ListEmail`/`Cadence`) or
 * an Event (meetings); notes and others have no place in Task/Event and are left out.
 */
export function renderActivity(
  activity: Dataset['activities'][number],
  tools: RenderTools,
): { object: 'Task' | 'Event'; row: SalesforceRow } | null {
  const who = activity.personIds.map((id) => tools.id('people', id)).find(Boolean) ?? null;
  const deal = tools.id('deals', activity.dealId);
  const account = tools.id('accounts', activity.accountId);
  const common = {
    WhoId: who,
    WhatId: deal ?? account,
    AccountId: account,
    OwnerId: tools.id('users', activity.ownerId),
    Subject: activity.subject,
    CreatedDate: activity.createdAt ?? activity.occurredAt ?? tools.now,
    LastModifiedDate: activity.updatedAt ?? activity.createdAt ?? tools.now,
    SystemModstamp: activity.updatedAt ?? activity.createdAt ?? activity.occurredAt ?? tools.now,
    IsDeleted: false,
  };
  if (activity.type === 'meeting') {
    const start = activity.occurredAt ?? activity.dueAt ?? tools.now;
    return {
      object: 'Event',
      row: {
        ...common,
        Id: tools.mint('Event'),
        StartDateTime: start,
        EndDateTime: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
        Type: 'Meeting',
      },
    };
  }
  const subtype =
    activity.type === 'call'
      ? 'Call'
      : activity.type === 'email'
        ? activity.automated
          ? 'ListEmail'
          : 'Email'
        : activity.type === 'task'
          ? activity.automated
            ? 'Cadence'
            : 'Task'
          : null;
  if (subtype === null) return null;
  return {
    object: 'Task',
    row: {
      ...common,
      Id: tools.mint('Task'),
      ActivityDate: sfDate(activity.dueAt),
      Status: activity.done ? 'Completed' : 'Not Started',
      IsClosed: activity.done === true,
      TaskSubtype: subtype,
      Type: subtype === 'Call' ? 'Call' : subtype.includes('Email') ? 'Email' : 'Other',
      CompletedDateTime: activity.done ? activity.occurredAt : null,
    },
  };
}

const PERSON_FIELDS: Readonly<Record<string, string>> = {
  leadStatus: 'Status',
  owner: 'Owner',
};
const DEAL_FIELDS: Readonly<Record<string, string>> = {
  dealStage: 'StageName',
  amount: 'Amount',
  closeDate: 'CloseDate',
  owner: 'Owner',
};

/**
 * A field change as `<Object>History` rows: lifecycle changes on the lifecycle field, lead
 * status on Lead `Status`, owner changes as two rows (ids, then names; guide §3.4), deal stage
 * as stage names. Changes with no tracked Salesforce field render nothing.
 */
export function renderChange(
  change: Dataset['changes'][number],
  tools: RenderTools,
): { object: string; row: SalesforceRow }[] {
  const entity = change.entity === 'person' ? 'people' : change.entity === 'deal' ? 'deals' : null;
  const parent = entity ? tools.id(entity, change.entityId) : null;
  if (!parent) return [];
  const lead = parent.startsWith('00Q');
  const object =
    change.entity === 'deal' ? 'OpportunityFieldHistory' : lead ? 'LeadHistory' : 'ContactHistory';
  const parentField = change.entity === 'deal' ? 'OpportunityId' : lead ? 'LeadId' : 'ContactId';
  const field =
    change.entity === 'deal'
      ? DEAL_FIELDS[change.field]
      : change.field === 'lifecycleStage'
        ? tools.lifecycleField
        : PERSON_FIELDS[change.field];
  if (!field || (field === 'Status' && !lead)) return [];
  const row = (old: unknown, value: unknown, dataType: string): SalesforceRow => ({
    Id: tools.mint(object),
    [parentField]: parent,
    Field: field,
    DataType: dataType,
    OldValue: old,
    NewValue: value,
    CreatedDate: change.at,
    CreatedById: tools.id('users', change.actorUserId),
    IsDeleted: false,
  });
  if (field === 'Owner') {
    const from = tools.id('users', change.from);
    const to = tools.id('users', change.to);
    return [
      { object, row: row(from, to, 'EntityId') },
      {
        object,
        row: row(from ? tools.userName(from) : null, to ? tools.userName(to) : null, 'Text'),
      },
    ];
  }
  if (field === 'StageName')
    return [
      { object, row: row(tools.stageName(change.from), tools.stageName(change.to), 'Picklist') },
    ];
  if (field === 'Amount')
    return [{ object, row: row(sfNumber(change.from), sfNumber(change.to), 'Currency') }];
  if (field === 'CloseDate')
    return [{ object, row: row(sfDate(change.from), sfDate(change.to), 'Date') }];
  return [{ object, row: row(change.from, change.to, 'Picklist') }];
}
