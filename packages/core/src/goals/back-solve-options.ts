import * as z from 'zod/mini';
import { lifecycleRuleOptions } from '../lifecycle/options';
import { AsOfOption, ExchangeRatesOption, PeriodOption, TimeZoneOption } from '../options/fields';

/** Options of `backSolveGoal`. */
export const BackSolveOptionsSchema = z.strictObject({
  /** "Now": rates and lags are measured on history up to it. */
  asOf: AsOfOption,
  /** The stages to plan, first to won; default lead → MQL → SAL → SQL → opportunity → won. */
  stages: lifecycleRuleOptions.stages,
  /** Skipped-stage and backward-move rules of the measured funnel (see `stageEntries`). */
  skipped: lifecycleRuleOptions.skipped,
  backward: lifecycleRuleOptions.backward,
  /**
   * Where rates are measured: dates in the goal's time zone, both included. Default: the
   * `lookbackDays` days before the as-of date.
   */
  window: z.optional(PeriodOption),
  /** Length of the default window, in days (default 365). */
  lookbackDays: z._default(z.number().check(z.int(), z.positive()), 365),
  /** Plan for the whole target (default) or what remains after the actual to date. */
  basis: z._default(z.enum(['target', 'remaining']), 'target'),
  /** Read dates in this zone instead of the goal's. */
  timeZone: z.optional(TimeZoneOption),
  /** Rates into the goal's currency (units of the goal currency per 1 unit of the key). */
  exchangeRates: z.optional(ExchangeRatesOption),
});

/** Options of `backSolveGoal` as a caller writes them. */
export type BackSolveOptions = z.input<typeof BackSolveOptionsSchema>;
