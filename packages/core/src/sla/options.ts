import * as z from 'zod/mini';
import { LeadTimelineOptionsSchema } from '../lead-timeline/options';
import { ExchangeRatesOption } from '../options/fields';

/** Options of `evaluateSla`: the timeline's vocabulary plus which period and how to pace. */
export const EvaluateSlaOptionsSchema = z.extend(
  z.omit(LeadTimelineOptionsSchema, { businessHours: true, neverWorkedAfter: true }),
  {
    /** Which cycle of the commitments' cadence (`per`): the one containing `asOf` (default) or the one before it. */
    cycle: z.optional(z.enum(['current', 'previous'])),
    /** Elapsed share of the period for pacing: calendar time (default) or business time. */
    pacing: z.optional(z.enum(['calendar', 'business'])),
    /** Units of the commitment's currency per 1 unit of each deal currency (sourced pipeline). */
    exchangeRates: z.optional(ExchangeRatesOption),
  },
);
/** Options of `evaluateSla` as a caller writes them. */
export type EvaluateSlaOptions = z.input<typeof EvaluateSlaOptionsSchema>;
