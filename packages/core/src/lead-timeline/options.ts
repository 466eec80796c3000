import * as z from 'zod/mini';
import { AsOfOption } from '../options/fields';
import { BusinessHours } from '../time/business-hours';

const Positive = (label: string) =>
  z.number({ error: `${label} must be a number` }).check(
    z.refine((n) => Number.isFinite(n) && n > 0, {
      error: `${label} must be a finite number > 0`,
    }),
  );

const Name = z.string().check(z.minLength(1));
const Names = z.readonly(z.array(Name));

/**
 * Which lifecycle stages mean what. `order` ranks stages so backward moves can be told from
 * forward ones; stages missing from it are ignored.
 */
export const LifecycleVocabulary = z.strictObject({
  /** Stages in funnel order; default subscriber, lead, mql, sal, sql, opportunity, customer, evangelist. */
  order: z.optional(z.readonly(z.array(Name).check(z.minLength(1)))),
  /** The stage that starts an MQL episode; default `mql`. */
  mql: z.optional(Name),
  /** Reaching this stage or a later one means sales accepted the lead; default `sal`. */
  accepted: z.optional(Name),
  /** Reaching this stage or a later one means an opportunity; default `opportunity`. */
  opportunity: z.optional(Name),
  /** Reaching this stage or a later one means won; default `customer`. */
  customer: z.optional(Name),
});

/**
 * Lead statuses (compared case-insensitively, punctuation as spaces: `BAD_TIMING` is
 * `bad timing`) that record a sales decision or a contact. Defaults cover the sample,
 * HubSpot's and Salesforce's stock values; each list given replaces its default.
 */
export const StatusVocabulary = z.strictObject({
  /** Default: accepted, sales accepted, qualified, open deal, converted, closed converted. */
  accepted: z.optional(Names),
  /** Sent back to nurture. Default: recycled, recycle, nurture, bad timing. */
  recycled: z.optional(Names),
  /** Rejected for good. Default: unqualified, disqualified, rejected, junk, closed not converted. */
  disqualified: z.optional(Names),
  /** A two-way conversation happened. Default: connected, contacted, working contacted, in conversation. */
  contacted: z.optional(Names),
});

/** How long an untouched MQL may wait before it counts as never worked. */
export const NeverWorkedAfter = z.union([
  z.strictObject({ days: Positive('neverWorkedAfter.days') }),
  z.strictObject({ businessHours: Positive('neverWorkedAfter.businessHours') }),
]);

/** Options of `leadTimeline`, shared by `handoff` and `evaluateSla`. */
export const LeadTimelineOptionsSchema = z.strictObject({
  /** "Now", ISO-8601 with an offset: later records are ignored, open clocks run until it. */
  asOf: AsOfOption,
  /** Business hours for business-time delays; default Monday–Friday 09:00–17:00 UTC. */
  businessHours: z.optional(BusinessHours),
  /** An MQL with no human touch this long after the MQL is never worked; default 7 days. */
  neverWorkedAfter: z.optional(NeverWorkedAfter),
  lifecycle: z.optional(LifecycleVocabulary),
  statuses: z.optional(StatusVocabulary),
});
/** Options of `leadTimeline` as a caller writes them. */
export type LeadTimelineOptions = z.input<typeof LeadTimelineOptionsSchema>;
