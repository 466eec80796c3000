import type { Dataset } from '../model/dataset';
import type { Activity } from '../model/sales';
import { parseInstant } from '../time/instant';
import type { HandoffQualityCode } from './quality';

/** `ActivityEntries.flags`: the buyer's activity (a reply, an inbound call). */
export const INBOUND = 1;
/** `ActivityEntries.flags`: a meeting (an attempt and a contact at once). */
export const MEETING = 2;

/** Human-type activities as (activity, person) entries in parallel typed arrays. */
export interface ActivityEntries {
  person: Int32Array;
  activityOf: Int32Array;
  ms: Float64Array;
  /** `INBOUND` and `MEETING` bits, so readers open the activity only for the evidence. */
  flags: Uint8Array;
}

function isHumanType(type: Activity['type']): boolean {
  return type === 'call' || type === 'meeting' || type === 'email';
}

// Epoch ms of when the activity happened, as \`recordTimes\` reads it (NaN when missing).
function timeOf(activity: Activity): number {
  const at: unknown = activity.occurredAt;
  return typeof at === 'string' ? parseInstant(at) : Number.NaN;
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Parallel typed arrays that double when full, so entries need no object each. */
class Entries {
  person: Int32Array;
  activityOf: Int32Array;
  ms: Float64Array;
  flags: Uint8Array;
  size = 0;

  constructor(capacity: number) {
    this.person = new Int32Array(capacity);
    this.activityOf = new Int32Array(capacity);
    this.ms = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(person: number, activity: number, ms: number, flags: number): void {
    if (this.size === this.person.length) {
      const capacity = Math.max(1024, this.size * 2);
      this.person = grown(this.person, new Int32Array(capacity));
      this.activityOf = grown(this.activityOf, new Int32Array(capacity));
      this.ms = grown(this.ms, new Float64Array(capacity));
      this.flags = grown(this.flags, new Uint8Array(capacity));
    }
    this.person[this.size] = person;
    this.activityOf[this.size] = activity;
    this.flags[this.size] = flags;
    this.ms[this.size++] = ms;
  }
}

/**
 * The human-type activities (calls, meetings, e-mails; not automated, not planned-only),
 * one entry per MQL person they name, whatever their time (readers stop at `asOf`); an
 * activity naming no person counts for the person of its lead work item. One without
 * `occurredAt` is an `activity_missing_time` finding.
 */
export function indexActivities(
  dataset: Dataset,
  personNumber: ReadonlyMap<string, number>,
  leadPerson: (leadId: string) => number | undefined,
  hasMql: Uint8Array,
  finding: (code: HandoffQualityCode, id: string) => void,
): ActivityEntries {
  // Most activities name one person: room for one entry each, growing if more are needed.
  // Times are parsed only for the entries kept: a third of the activities are automated,
  // tasks or notes, and most of the rest belong to people who never became MQLs.
  const activities = dataset.activities;
  const entries = new Entries(activities.length);
  let lastId = '';
  let lastPerson: number | undefined;
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i] as Activity;
    if (activity.automated || activity.done === false || !isHumanType(activity.type)) continue;
    const ids = activity.personIds;
    const flags =
      (activity.direction === 'inbound' ? INBOUND : 0) |
      (activity.type === 'meeting' ? MEETING : 0);
    if (ids.length === 0) {
      const person = activity.leadId === null ? undefined : leadPerson(activity.leadId);
      if (person === undefined || hasMql[person] === 0) continue;
      const ms = timeOf(activity);
      if (activity.occurredAt === null) finding('activity_missing_time', activity.id);
      else if (!Number.isNaN(ms)) entries.push(person, i, ms, flags);
      continue;
    }
    let ms: number | undefined;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as string;
      // Activities come in runs per person: one remembered lookup saves most hashing.
      if (id !== lastId) {
        lastId = id;
        lastPerson = personNumber.get(id);
      }
      if (lastPerson === undefined || hasMql[lastPerson] === 0) continue;
      if (activity.occurredAt === null) finding('activity_missing_time', activity.id);
      ms ??= timeOf(activity);
      if (Number.isNaN(ms)) break;
      entries.push(lastPerson, i, ms, flags);
    }
  }
  const n = entries.size;
  return {
    person: entries.person.subarray(0, n),
    activityOf: entries.activityOf.subarray(0, n),
    ms: entries.ms.subarray(0, n),
    flags: entries.flags.subarray(0, n),
  };
}
