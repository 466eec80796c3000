import {
  CHANGE_ENTITY,
  type ChangeColumns,
  changeColumns,
  changesOf,
  runPositions,
} from '../columns/lifecycle-changes';
import { fieldHistory } from '../lifecycle/field-history';
import { idIndex } from '../lifecycle/id-index';
import type { Dataset } from '../model/dataset';
import { memoOnDataset } from '../model/dataset-memo';
import type { Deal } from '../model/deals';
import type { Lead, Person, User } from '../model/people';
import type { FieldChange } from '../model/sales';
import { recordTimes } from '../time/record-times';
import { indexActivities } from './activity-index';
import { type Groups, groupBy, groupByTime, sortGroup } from './groups';
import type { HandoffQualityCode } from './quality';
import { TIMELINE_READS } from './timeline-reads';

/**
 * Everything a timeline reads, indexed once per dataset and MQL stage: per person, the
 * lifecycle, status and owner changes (of the person or of its lead work items), the
 * human-type activities and the lead work items, each sorted by time (ties by id). It does
 * not depend on `asOf`: readers stop at the first record after it.
 */
export interface PersonIndex {
  changes: FieldChange[];
  changeMs: Float64Array;
  /** The changes as columns (codes, times): the walk opens a change only for its text. */
  columns: ChangeColumns;
  changesByPerson: Groups;
  /** 1 for the people who ever became an MQL. */
  hasMql: Uint8Array;
  /** All activities of the dataset; entries of `activitiesByPerson` point in via `activityOf`. */
  activities: Dataset['activities'];
  activityOf: Int32Array;
  activityMs: Float64Array;
  /** `INBOUND` and `MEETING` bits of each entry (see `ActivityEntries`). */
  activityFlags: Uint8Array;
  activitiesByPerson: Groups;
  leads: Lead[];
  leadMs: Float64Array;
  leadsByPerson: Groups;
  users: Map<string, User>;
  deals: Map<string, Deal>;
  /** Findings met while indexing (they do not depend on `asOf`), as parallel lists. */
  findingCodes: HandoffQualityCode[];
  findingIds: string[];
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) map.set(record.id, record);
  return map;
}

const HISTORY_FIELDS = ['lifecycleStage', 'leadStatus', 'owner'];
const PERSON = CHANGE_ENTITY.person;
const LEAD = CHANGE_ENTITY.lead;

/**
 * Builds the per-person index of a dataset. Only people who became MQLs get their changes
 * sorted and their activities indexed: the others have no hand-off.
 */
function buildPersonIndex(dataset: Dataset, mqlStage: string): PersonIndex {
  const findingCodes: HandoffQualityCode[] = [];
  const findingIds: string[] = [];
  const finding = (code: HandoffQualityCode, id: string) => {
    findingCodes.push(code);
    findingIds.push(id);
  };
  const people = dataset.people;
  const groupCount = people.length;
  // Shared with the funnel and goals: 80k ids are hashed once per dataset.
  const personNumber = idIndex(people).positionOf;

  const leads = dataset.leads;
  const leadKeys = new Int32Array(leads.length).fill(-1);
  const leadMs = recordTimes(leads, 'createdAt');
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i] as Lead;
    const person = lead.personId === null ? undefined : personNumber.get(lead.personId);
    if (person === undefined) finding('lead_without_person', lead.id);
    else if (lead.createdAt === null) finding('lead_missing_created_at', lead.id);
    else if (!Number.isNaN(leadMs[i])) leadKeys[i] = person;
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

  // The history fields of people and their leads, found in the shared change columns (the
  // change objects were read once for every history); the MQLs from the people's shared
  // lifecycle history, which the funnel and the goals read too.
  const changes = dataset.changes;
  const columns = changeColumns(changes);
  const changeMs = columns.ms;
  const changeKeys = new Int32Array(changes.length).fill(-1);
  const hasMql = new Uint8Array(groupCount);
  const runPerson = runPositions(columns, PERSON, personNumber);
  const { to, run: runOf, runIds } = columns;
  const mqlValue = columns.values.find(mqlStage) ?? -2;
  for (const field of HISTORY_FIELDS) {
    const own = changesOf(columns, PERSON, field);
    for (let k = 0; k < own.length; k++) {
      const i = own[k] as number;
      changeKeys[i] = runPerson[runOf[i] as number] as number;
    }
    // Lead-level history reaches its person through the lead (the sample has none).
    for (const i of changesOf(columns, LEAD, field)) {
      const person = personOfLead(runIds[runOf[i] as number] as string);
      if (person === undefined) continue;
      changeKeys[i] = person;
      if (field === 'lifecycleStage' && to[i] === mqlValue) hasMql[person] = 1;
    }
  }
  const stages = fieldHistory(changes, 'person', 'lifecycleStage', people);
  const mqlCode = stages.values.indexOf(mqlStage);
  if (mqlCode >= 0) {
    for (let p = 0; p < groupCount; p++) {
      const g = stages.recordGroup(p);
      if (g !== p) continue; // a repeated id: its history and MQL are the last record's
      for (let k = stages.start[g] as number; k < (stages.start[g + 1] as number); k++) {
        if (stages.to[k] === mqlCode) {
          hasMql[p] = 1;
          break;
        }
      }
    }
  }
  const changesByPerson = groupBy(changeKeys, groupCount);
  for (let p = 0; p < groupCount; p++) {
    if (hasMql[p] === 0) {
      // No recorded MQL: the stage date may still show one.
      if ((people[p] as Person).stageDates[mqlStage] === undefined) continue;
      hasMql[p] = 1;
    }
    sortGroup(changesByPerson, p, changeMs, changes);
  }

  const touches = indexActivities(dataset, personNumber, personOfLead, hasMql, finding);
  return {
    changes,
    changeMs,
    columns,
    changesByPerson,
    hasMql,
    activities: dataset.activities,
    activityOf: touches.activityOf,
    activityMs: touches.ms,
    activityFlags: touches.flags,
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
    findingCodes,
    findingIds,
  };
}

/** The person index of a dataset for an MQL stage, built once and shared (see `memoOnDataset`). */
export function indexPeople(dataset: Dataset, mqlStage: string): PersonIndex {
  return memoOnDataset(dataset, TIMELINE_READS, `person-index\u0000${mqlStage}`, () =>
    buildPersonIndex(dataset, mqlStage),
  );
}
