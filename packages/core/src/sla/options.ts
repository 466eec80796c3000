import * as z from 'zod';
import { LeadTimelineOptions } from '../lead-timeline/options';

const Rate = z
  .string({ error: 'exchange rates are decimal strings such as "1.08"' })
  .regex(/^\d+(\.\d+)?$/, 'exchange rates are decimal strings such as "1.08"');

/** Options of `evaluateSla`: the timeline's vocabulary plus which period and how to pace. */
export const EvaluateSlaOptions = LeadTimelineOptions.omit({
  businessHours: true,
  neverWorkedAfter: true,
}).extend({
  /** The period containing `asOf` (default) or the one before it. */
  period: z.enum(['current', 'previous']).optional(),
  /** Elapsed share of the period for pacing: calendar time (default) or business time. */
  pacing: z.enum(['calendar', 'business']).optional(),
  /** Units of the commitment's currency per 1 unit of each deal currency (sourced pipeline). */
  exchangeRates: z.record(z.string(), Rate).optional(),
});
/** Options of `evaluateSla` as a caller writes them. */
export type EvaluateSlaOptions = z.input<typeof EvaluateSlaOptions>;
