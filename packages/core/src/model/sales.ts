import * as z from 'zod';
import { baseFields, Id, IsoDate, IsoDateTime, Ref } from './primitives';
import { ActivityType, GoalMetric, Team } from './vocabulary';

/** A sales-side activity: call, meeting, email, task or note. */
export const Activity = z.object({
  ...baseFields,
  type: ActivityType,
  rawType: z.string().nullable().default(null),
  occurredAt: IsoDateTime.nullable().default(null),
  dueAt: IsoDateTime.nullable().default(null),
  done: z.boolean().nullable().default(null),
  ownerId: Ref,
  personIds: z.array(Id).default([]),
  accountId: Ref,
  dealId: Ref,
  leadId: Ref,
  subject: z.string().nullable().default(null),
  direction: z.enum(['inbound', 'outbound']).nullable().default(null),
  /** Sent or created by automation (sequences, auto-replies): not a human touch. */
  automated: z.boolean().default(false),
});
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
  source: z
    .object({ provider: z.string(), remoteId: z.string().nullable().default(null) })
    .default({ provider: 'manual', remoteId: null }),
  entity: z.enum(['person', 'account', 'lead', 'deal']),
  entityId: Id,
  field: z.string().min(1),
  from: z.string().nullable().default(null),
  to: z.string().nullable().default(null),
  at: IsoDateTime,
  actorUserId: Ref,
  /** Disposition reason for lead-status changes (e.g. "No ICP fit", "Bad timing"). */
  reason: z.string().nullable().default(null),
  changeSource: z.string().nullable().default(null),
  provenance: z
    .enum([
      'property_history',
      'field_history',
      'changelog',
      'stage_snapshot',
      'date_entered_property',
      'observed_diff',
      'generated',
    ])
    .default('field_history'),
});
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
  target: z.string().regex(/^\d+(\.\d+)?$/, 'target must be a non-negative decimal string'),
  /** Currency of a money goal; null for count goals. */
  currency: z.string().nullable().default(null),
  periodStart: IsoDate,
  /** Last day of the period, inclusive. */
  periodEnd: IsoDate,
  timeZone: z.string().default('UTC'),
  teams: z.array(Team).min(1, 'a goal needs at least one owning team'),
  segment: z.string().nullable().default(null),
  ownerId: Ref,
});
export type Goal = z.infer<typeof Goal>;
