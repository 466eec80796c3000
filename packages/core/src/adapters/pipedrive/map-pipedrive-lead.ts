import type { ActivityType } from '../../model/vocabulary';
import type { CrmRecord } from '../contract/crm-adapter-v1';
import { pipedriveAttribution } from './map-pipedrive-deal';
import type { PipedriveActivity, PipedriveLead } from './pipedrive-api-types';
import {
  decimal,
  instant,
  type PipedriveMappingContext,
  pipedriveId,
  pipedriveRef,
  pipedriveSource,
  text,
} from './pipedrive-mapping-context';

/**
 * A v1 lead (uuid id, ISO timestamps, `value: {amount, currency}`; guide §4.4). Labels are
 * lead-label names; `source_name` (e.g. "Web forms") stays as is; `origin`/`channel` give
 * the attribution. Pipedrive leads have no status and do not say which deal they became
 * (a converted lead is archived or deleted), so `status` and `convertedDealId` stay null.
 */
export function mapPipedriveLead(
  lead: PipedriveLead,
  context: PipedriveMappingContext,
): CrmRecord<'leads'> {
  const createdAt = instant(lead.add_time);
  const amount = decimal(lead.value?.amount);
  return {
    id: pipedriveId('leads', lead.id),
    source: pipedriveSource('leads', lead.id, context),
    createdAt,
    updatedAt: instant(lead.update_time),
    title: text(lead.title),
    personId: pipedriveRef('persons', lead.person_id),
    accountId: pipedriveRef('organizations', lead.organization_id),
    ownerId: pipedriveRef('users', lead.owner_id),
    labels: (lead.label_ids ?? []).map((id) => context.leadLabels.get(id) ?? id),
    sourceName: text(lead.source_name),
    channel: pipedriveAttribution(lead, createdAt, context),
    value: amount === null ? null : { amount, currency: text(lead.value?.currency) },
    archived: lead.is_archived === true,
  };
}

/** Pipedrive's default activity types (key strings) as activity types; custom types are `other`. */
const ACTIVITY_TYPES: Readonly<Record<string, ActivityType>> = {
  call: 'call',
  meeting: 'meeting',
  lunch: 'meeting',
  email: 'email',
  task: 'task',
  deadline: 'task',
};

/** A due instant from v2 `due_date` + `due_time` (UTC), or the date's midnight. */
function dueInstant(date: string | null | undefined, time: string | null | undefined) {
  const day = text(date);
  if (day === null) return null;
  return instant(`${day}T${text(time) ?? '00:00'}${text(time)?.length === 8 ? '' : ':00'}Z`);
}

/** A v2 activity. Done activities occurred when marked done; open ones have only a due time. */
export function mapPipedriveActivity(
  activity: PipedriveActivity,
  context: PipedriveMappingContext,
): CrmRecord<'activities'> {
  const raw = text(activity.type);
  const participants = (activity.participants ?? [])
    .map((participant) => participant.person_id)
    .filter((id): id is number => typeof id === 'number');
  const people = participants.length > 0 ? participants : [activity.person_id];
  const dueAt = dueInstant(activity.due_date, activity.due_time);
  return {
    id: pipedriveId('activities', activity.id),
    source: pipedriveSource('activities', activity.id, context),
    createdAt: instant(activity.add_time),
    updatedAt: instant(activity.update_time),
    type: (raw === null ? undefined : ACTIVITY_TYPES[raw]) ?? 'other',
    rawType: raw,
    occurredAt: activity.done === true ? (instant(activity.marked_as_done_time) ?? dueAt) : null,
    dueAt,
    done: typeof activity.done === 'boolean' ? activity.done : null,
    ownerId: pipedriveRef('users', activity.owner_id),
    personIds: [
      ...new Set(
        people.flatMap((id) => (typeof id === 'number' ? [pipedriveId('persons', id)] : [])),
      ),
    ],
    accountId: pipedriveRef('organizations', activity.org_id),
    dealId: pipedriveRef('deals', activity.deal_id),
    leadId: pipedriveRef('leads', activity.lead_id),
    subject: text(activity.subject),
  };
}
