import type { ActivityType } from '../../model/vocabulary';
import type { CrmRecord } from '../contract/crm-adapter-v1';
import {
  ownerRef,
  personRef,
  type SalesforceMappingContext,
  salesforceId,
  salesforceRef,
  salesforceSource,
} from './salesforce-mapping-context';
import { dayStart, instant, objectOfId, type SalesforceRecord, text } from './salesforce-values';

/**
 * Task fields (guide §3.4; `TaskSubtype` Task/Email/ListEmail/Cadence/Call/LinkedIn,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm).
 */
export const TASK_FIELDS = [
  'Id',
  'WhoId',
  'WhatId',
  'AccountId',
  'OwnerId',
  'Subject',
  'ActivityDate',
  'Status',
  'IsClosed',
  'TaskSubtype',
  'Type',
  'CompletedDateTime',
  'CreatedDate',
  'SystemModstamp',
];

/** Event fields (a meeting with a start and end). */
export const EVENT_FIELDS = [
  'Id',
  'WhoId',
  'WhatId',
  'AccountId',
  'OwnerId',
  'Subject',
  'StartDateTime',
  'EndDateTime',
  'Type',
  'CreatedDate',
  'SystemModstamp',
];

const TASK_TYPES: Readonly<Record<string, ActivityType>> = {
  Call: 'call',
  Email: 'email',
  ListEmail: 'email',
  Cadence: 'task',
  LinkedIn: 'other',
  Task: 'task',
};

function links(activity: SalesforceRecord) {
  const who = text(activity.WhoId);
  const what = text(activity.WhatId);
  return {
    personIds: (() => {
      const person = personRef(who);
      return person ? [person] : [];
    })(),
    leadId: who !== null && objectOfId(who) === 'Lead' ? salesforceId('Lead', who) : null,
    dealId:
      what !== null && objectOfId(what) === 'Opportunity'
        ? salesforceId('Opportunity', what)
        : null,
    accountId:
      salesforceRef('Account', activity.AccountId) ??
      (what !== null && objectOfId(what) === 'Account' ? salesforceId('Account', what) : null),
  };
}

/**
 * A Task: calls, e-mails and to-dos. `TaskSubtype` gives the kind; list e-mails and cadence
 * steps (`automatedTaskSubtypes`) are automation rather than a person's touch. A `Type` of
 * `Meeting` reads as a meeting.
 */
export function mapSalesforceTask(
  task: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'activities'> {
  const subtype = text(task.TaskSubtype);
  const type = text(task.Type);
  return {
    id: salesforceId('Task', task.Id),
    source: salesforceSource('Task', task.Id, context),
    createdAt: instant(task.CreatedDate),
    updatedAt: instant(task.SystemModstamp),
    type:
      type === 'Meeting'
        ? 'meeting'
        : ((subtype === null ? undefined : TASK_TYPES[subtype]) ?? 'task'),
    rawType: subtype ?? type,
    occurredAt: instant(task.CompletedDateTime) ?? instant(task.CreatedDate),
    dueAt: dayStart(task.ActivityDate),
    done: typeof task.IsClosed === 'boolean' ? task.IsClosed : null,
    ownerId: ownerRef(task.OwnerId),
    subject: text(task.Subject),
    direction: subtype === 'Email' || subtype === 'ListEmail' ? 'outbound' : null,
    automated: subtype !== null && context.mapping.automatedTaskSubtypes.includes(subtype),
    ...links(task),
  };
}

/** An Event as a meeting at its start time. */
export function mapSalesforceEvent(
  event: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'activities'> {
  return {
    id: salesforceId('Event', event.Id),
    source: salesforceSource('Event', event.Id, context),
    createdAt: instant(event.CreatedDate),
    updatedAt: instant(event.SystemModstamp),
    type: 'meeting',
    rawType: text(event.Type) ?? 'Event',
    occurredAt: instant(event.StartDateTime),
    ownerId: ownerRef(event.OwnerId),
    subject: text(event.Subject),
    ...links(event),
  };
}
