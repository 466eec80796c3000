import { FindingCollector } from '../quality/quality-finding';

/** Data-quality problems the hand-off analytics report instead of crashing or dropping. */
export type HandoffQualityCode =
  /** A human-type activity (call, meeting, e-mail) without `occurredAt`: it cannot be placed. */
  | 'activity_missing_time'
  /** A human touch dated before the person was created. */
  | 'activity_before_person_created'
  /** A lifecycle move backwards that does not return to nurture (e.g. sql → mql): ignored. */
  | 'stage_regression'
  /** An MQL taken from `person.stageDates` because no lifecycle change records it. */
  | 'mql_from_stage_date'
  /** A lead work item without a person: it has no timeline. */
  | 'lead_without_person'
  /** A lead work item without `createdAt`: it cannot be matched to an MQL episode. */
  | 'lead_missing_created_at'
  /** A lead work item whose person never became an MQL by `asOf`. */
  | 'lead_without_mql'
  /** A second lead work item in the same MQL episode: only the first is the episode's lead. */
  | 'lead_extra_in_episode'
  /** An MQL episode never assigned to a sales owner by `asOf` (still in a queue or unowned). */
  | 'episode_unassigned'
  /** An open MQL episode (pending, never worked or accepted) owned by an inactive user. */
  | 'owner_inactive'
  /** An MQL episode owned by a user id missing from `users`: counted as a sales owner. */
  | 'owner_unknown'
  /** A rejection (status or return to nurture) with no disposition reason. */
  | 'rejection_without_reason'
  /** An opportunity whose time is unknown (no deal `createdAt`, no conversion time). */
  | 'opportunity_missing_time'
  /** A sourced opportunity without an amount or currency: left out of sourced pipeline. */
  | 'opportunity_missing_amount';

const MESSAGES: Record<HandoffQualityCode, string> = {
  activity_missing_time: 'calls, meetings and e-mails without occurredAt cannot be placed in time',
  activity_before_person_created: 'human touches dated before the person was created',
  stage_regression: 'lifecycle moves backwards not to nurture; ignored for dispositions',
  mql_from_stage_date: 'MQL time read from stageDates: no lifecycle change records it',
  lead_without_person: 'lead work items without a person have no timeline',
  lead_missing_created_at: 'lead work items without createdAt cannot be matched to an MQL',
  lead_without_mql: 'lead work items whose person never became an MQL by asOf',
  lead_extra_in_episode: 'more than one lead work item in one MQL episode; the first is kept',
  episode_unassigned: 'MQL episodes never assigned to a sales owner by asOf',
  owner_inactive: 'open MQL episodes owned by an inactive user',
  owner_unknown: 'MQL episodes owned by a user id missing from users',
  rejection_without_reason: 'rejections without a disposition reason',
  opportunity_missing_time: 'opportunities without a creation or conversion time',
  opportunity_missing_amount:
    'opportunities without amount or currency; left out of sourced pipeline',
};

/** A collector of hand-off findings: codes sorted, each code's ids sorted and unique. */
export type HandoffFindings = FindingCollector<HandoffQualityCode>;

/** A new, empty collector of hand-off findings. */
export function handoffFindings(): HandoffFindings {
  return new FindingCollector(MESSAGES, 'sorted');
}
