import * as z from 'zod/mini';
import { LeadTimelineOptionsSchema } from '../lead-timeline/options';
import { PeriodOption } from '../options/fields';

/**
 * Options of `handoff`: the timeline's (`asOf`, `businessHours`, `neverWorkedAfter`,
 * `lifecycle`, `statuses`) plus the MQL cohort.
 */
export const HandoffOptionsSchema = z.extend(LeadTimelineOptionsSchema, {
  /**
   * Only episodes whose MQL falls on these dates (both included, read in the business-hours
   * time zone); default every episode up to `asOf`.
   */
  period: z.optional(PeriodOption),
});
/** Options of `handoff` as a caller writes them. */
export type HandoffOptions = z.input<typeof HandoffOptionsSchema>;
