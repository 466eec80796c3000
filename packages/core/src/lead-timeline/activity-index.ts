import type { Dataset } from '../model/dataset';
import type { Activity } from '../model/sales';
import { parseInstant } from './instant';
import type { QualityLog } from './quality';

/** Human-type activities as (activity, person) entries in parallel typed arrays. */
export interface ActivityEntries {
  person: Int32Array;
  activityOf: Int32Array;
  ms: Float64Array;
}

function isHumanType(type: Activity['type']): boolean {
  return type === 'call' || type === 'meeting' || type === 'email';
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Typed arrays that double when full, so entries need no object each. */
class Entries {
  person = new Int32Array(1024);
  activityOf = new Int32Array(1024);
  ms = new Float64Array(1024);
  size = 0;

  push(person: number, activity: number, ms: number): void {
    if (this.size === this.person.length) {
      this.person = grown(this.person, new Int32Array(this.size * 2));
      this.activityOf = grown(this.activityOf, new Int32Array(this.size * 2));
      this.ms = grown(this.ms, new Float64Array(this.size * 2));
    }
    this.person[this.size] = person;
    this.activityOf[this.size] = activity;
    this.ms[this.size++] = ms;
  }
}

/**
 * The human-type activities (calls, meetings, e-mails; not automated, not planned-only) up
 * to `asOf`, one entry per person they name; an activity naming no person counts for the
 * person of its lead work item. One without `occurredAt` is an `activity_missing_time` finding.
 */
export function indexActivities(
  dataset: Dataset,
  personNumber: ReadonlyMap<string, number>,
  leadPerson: (leadId: string) => number | undefined,
  asOfMs: number,
  quality: QualityLog,
): ActivityEntries {
  const entries = new Entries();
  const activities = dataset.activities;
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i] as Activity;
    if (activity.automated || activity.done === false || !isHumanType(activity.type)) continue;
    const ids = activity.personIds;
    const viaLead =
      ids.length === 0 && activity.leadId !== null ? leadPerson(activity.leadId) : undefined;
    if (ids.length === 0 && viaLead === undefined) continue;
    if (activity.occurredAt === null) {
      quality.add('activity_missing_time', activity.id);
      continue;
    }
    const ms = parseInstant(activity.occurredAt);
    if (!(ms <= asOfMs)) continue;
    if (viaLead !== undefined) entries.push(viaLead, i, ms);
    for (let k = 0; k < ids.length; k++) {
      const person = personNumber.get(ids[k] as string);
      if (person !== undefined) entries.push(person, i, ms);
    }
  }
  const n = entries.size;
  return {
    person: entries.person.subarray(0, n),
    activityOf: entries.activityOf.subarray(0, n),
    ms: entries.ms.subarray(0, n),
  };
}
