import * as z from 'zod/mini';
import { baseFields, Id, IsoDate, IsoDateTime, nullOr, Ref } from './primitives';
import { ActivityType, GoalMetric, Team } from './vocabulary';

/** A sales-side activity: call, meeting, email, task or note. */
export const Activity = z.object({
  ...baseFields,
  type: ActivityType,
  rawType: nullOr(z.string()),
  occurredAt: nullOr(IsoDateTime),
  dueAt: nullOr(IsoDateTime),
  done: nullOr(z.boolean()),
  ownerId: Ref,
  personIds: z._default(z.array(Id), []),
  accountId: Ref,
  dealId: Ref,
  leadId: Ref,
  subject: nullOr(z.string()),
  direction: nullOr(z.enum(['inbound', 'outbound'])),
  /** Sent or created by automation (sequences, auto-replies): not a human touch. */
  automated: z._default(z.boolean(), false),
});
/** A parsed sales activity record: a call, meeting, email, task or note. */
export type Activity = z.infer<typeof Activity>;

/** The fields whose history the model keeps. Other field names are allowed too. */
export const TRACKED_FIELDS = [
  'lifecycleStage',
  'leadStatus',
  'owner',
  'dealStage',
  'dealStatus',
  'amount',
  'closeDate',
] as const;

/** One change of one field of one record: the history stream. */
export const FieldChange = z.object({
  id: Id,
  source: z._default(z.object({ provider: z.string(), remoteId: nullOr(z.string()) }), {
    provider: 'manual',
    remoteId: null,
  }),
  entity: z.enum(['person', 'account', 'lead', 'deal']),
  entityId: Id,
  field: z.string().check(z.minLength(1)),
  from: nullOr(z.string()),
  to: nullOr(z.string()),
  at: IsoDateTime,
  actorUserId: Ref,
  /** Disposition reason for lead-status changes (e.g. "No ICP fit", "Bad timing"). */
  reason: nullOr(z.string()),
  changeSource: nullOr(z.string()),
  provenance: z._default(
    z.enum([
      'property_history',
      'field_history',
      'changelog',
      'stage_snapshot',
      'date_entered_property',
      'observed_diff',
      'generated',
    ]),
    'field_history',
  ),
});
/** A parsed field change: one entry of a record's field history. */
export type FieldChange = z.infer<typeof FieldChange>;

/**
 * A goal both teams can be measured against: a metric, a target and a period, owned by one
 * or more teams (a joint goal lists several) and optionally narrowed to a segment or owner.
 */
export const Goal = z.object({
  id: Id,
  name: z.string(),
  metric: GoalMetric,
  /** Target as a decimal string: money for revenue and pipeline, a count otherwise. */
  target: z
    .string()
    .check(z.regex(/^\d+(\.\d+)?$/, 'target must be a non-negative decimal string')),
  /** Currency of a money goal; null for count goals. */
  currency: nullOr(z.string()),
  periodStart: IsoDate,
  /** Last day of the period, inclusive. */
  periodEnd: IsoDate,
  timeZone: z._default(z.string(), 'UTC'),
  teams: z.array(Team).check(z.minLength(1, 'a goal needs at least one owning team')),
  segment: nullOr(z.string()),
  ownerId: Ref,
});
/** A parsed goal: metric, target, period and owning teams. */
export type Goal = z.infer<typeof Goal>;
