import * as z from 'zod';
import { LeadTimelineOptionsSchema } from '../lead-timeline/options';
import { ExchangeRatesOption } from '../options/fields';

/** Options of `evaluateSla`: the timeline's vocabulary plus which period and how to pace. */
export const EvaluateSlaOptionsSchema = LeadTimelineOptionsSchema.omit({
  businessHours: true,
  neverWorkedAfter: true,
}).extend({
  /** Which cycle of the commitments' cadence (`per`): the one containing `asOf` (default) or the one before it. */
  cycle: z.enum(['current', 'previous']).optional(),
  /** Elapsed share of the period for pacing: calendar time (default) or business time. */
  pacing: z.enum(['calendar', 'business']).optional(),
  /** Units of the commitment's currency per 1 unit of each deal currency (sourced pipeline). */
  exchangeRates: ExchangeRatesOption.optional(),
});
/** Options of `evaluateSla` as a caller writes them. */
export type EvaluateSlaOptions = z.input<typeof EvaluateSlaOptionsSchema>;
