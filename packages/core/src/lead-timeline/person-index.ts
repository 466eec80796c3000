import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { Lead, User } from '../model/people';
import type { Activity, FieldChange } from '../model/sales';
import { parseInstant } from '../time/instant';
import { indexActivities } from './activity-index';
import { type Groups, groupBy, groupByTime, sortGroup } from './groups';
import type { QualityLog } from './quality';

/**
 * Everything a timeline reads, indexed once per call: per person, the lifecycle, status and
 * owner changes (of the person or of its lead work items), the human-type activities and the
 * lead work items, each sorted by time (ties by id).
 */
export interface PersonIndex {
  changes: FieldChange[];
  changeMs: Float64Array;
  changesByPerson: Groups;
  /** 1 for the people who ever became an MQL. */
  hasMql: Uint8Array;
  /** All activities of the dataset; entries of `activitiesByPerson` point in via `activityOf`. */
  activities: Activity[];
  activityOf: Int32Array;
  activityMs: Float64Array;
  activitiesByPerson: Groups;
  leads: Lead[];
  leadMs: Float64Array;
  leadsByPerson: Groups;
  users: Map<string, User>;
  deals: Map<string, Deal>;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) map.set(record.id, record);
  return map;
}

function isHistoryField(field: string): boolean {
  return field === 'lifecycleStage' || field === 'leadStatus' || field === 'owner';
}

/**
 * Builds the per-person index of a dataset. Only people who became MQLs get their changes
 * sorted and their activities indexed: the others have no hand-off. Changes after `asOf`
 * stay in the groups (readers skip them); activities after it are left out.
 */
export function indexPeople(
  dataset: Dataset,
  asOfMs: number,
  mqlStage: string,
  quality: QualityLog,
): PersonIndex {
  const personNumber = new Map<string, number>();
  for (let i = 0; i < dataset.people.length; i++) {
    personNumber.set((dataset.people[i] as Dataset['people'][number]).id, i);
  }
  const groupCount = dataset.people.length;

  const leads = dataset.leads;
  const leadKeys = new Int32Array(leads.length).fill(-1);
  const leadMs = new Float64Array(leads.length);
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i] as Lead;
    const person = lead.personId === null ? undefined : personNumber.get(lead.personId);
    if (person === undefined) quality.add('lead_without_person', lead.id);
    else if (lead.createdAt === null) quality.add('lead_missing_created_at', lead.id);
    else {
      const ms = parseInstant(lead.createdAt);
      leadMs[i] = ms;
      if (ms <= asOfMs) leadKeys[i] = person;
    }
  }
  // Lead-level history and lead-only activities reach a person through the lead; the map is
  // built on first need (the sample keeps history on people).
  let leadPerson: Map<string, number> | undefined;
  const personOfLead = (leadId: string) => {
    leadPerson ??= new Map(
      leads.flatMap((lead, i) => (leadKeys[i] === -1 ? [] : [[lead.id, leadKeys[i] as number]])),
    );
    return leadPerson.get(leadId);
  };

  // One sequential pass over the changes (the cheapest order to read them in): the person,
  // the time and whether it is an MQL; then each MQL person's changes are sorted.
  const changes = dataset.changes;
  const changeKeys = new Int32Array(changes.length).fill(-1);
  const changeMs = new Float64Array(changes.length);
  const hasMql = new Uint8Array(groupCount);
  let lastEntity = '';
  let lastPerson: number | undefined;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as FieldChange;
    const field = change.field;
    if (!isHistoryField(field)) continue;
    // Histories come in runs per record: one remembered lookup saves most hashing.
    if (change.entityId !== lastEntity) {
      lastEntity = change.entityId;
      lastPerson =
        change.entity === 'person'
          ? personNumber.get(change.entityId)
          : change.entity === 'lead'
            ? personOfLead(change.entityId)
            : undefined;
    }
    if (lastPerson === undefined) continue;
    changeKeys[i] = lastPerson;
    changeMs[i] = parseInstant(change.at);
    if (field === 'lifecycleStage' && change.to === mqlStage) hasMql[lastPerson] = 1;
  }
  const changesByPerson = groupBy(changeKeys, groupCount);
  for (let p = 0; p < groupCount; p++) {
    if (hasMql[p] === 0) {
      // No recorded MQL: the stage date may still show one.
      const person = dataset.people[p] as Dataset['people'][number];
      if (person.stageDates[mqlStage] === undefined) continue;
      hasMql[p] = 1;
    }
    sortGroup(changesByPerson, p, changeMs, changes);
  }

  const touches = indexActivities(dataset, personNumber, personOfLead, hasMql, asOfMs, quality);
  return {
    changes,
    changeMs,
    changesByPerson,
    hasMql,
    activities: dataset.activities,
    activityOf: touches.activityOf,
    activityMs: touches.ms,
    activitiesByPerson: groupByTime(
      touches.person,
      touches.ms,
      dataset.activities,
      groupCount,
      touches.activityOf,
    ),
    leads,
    leadMs,
    leadsByPerson: groupByTime(leadKeys, leadMs, leads, groupCount),
    users: byId(dataset.users),
    deals: byId(dataset.deals),
  };
}
