import * as z from 'zod';
import { ExchangeRatesOption, TimeZoneOption } from '../lifecycle/option-fields';
import { lifecycleRuleOptions } from '../lifecycle/options';
import { IsoDate, IsoDateTime } from '../model/primitives';

/** Options of `backSolveGoal`. */
export const BackSolveOptionsSchema = z
  .strictObject({
    /** "Now": rates and lags are measured on history up to it. */
    asOf: IsoDateTime,
    /** The stages to plan, first to won; default lead → MQL → SAL → SQL → opportunity → won. */
    stages: lifecycleRuleOptions.stages,
    /** Skipped-stage and backward-move rules of the measured funnel (see `stageEntries`). */
    skipped: lifecycleRuleOptions.skipped,
    backward: lifecycleRuleOptions.backward,
    /**
     * Where rates are measured: dates in the goal's time zone, both included. Default: the
     * `lookbackDays` days before the as-of date.
     */
    window: z.strictObject({ start: IsoDate, end: IsoDate }).optional(),
    /** Length of the default window, in days (default 365). */
    lookbackDays: z.number().int().positive().default(365),
    /** Plan for the whole target (default) or what remains after the actual to date. */
    basis: z.enum(['target', 'remaining']).default('target'),
    /** Read dates in this zone instead of the goal's. */
    timeZone: TimeZoneOption.optional(),
    /** Rates into the goal's currency (units of the goal currency per 1 unit of the key). */
    exchangeRates: ExchangeRatesOption.optional(),
  })
  .check((ctx) => {
    const w = ctx.value.window;
    if (w !== undefined && w.end < w.start) {
      ctx.issues.push({
        code: 'custom',
        input: w,
        path: ['window', 'end'],
        message: `end ${w.end} is before start ${w.start}`,
      });
    }
  });

/** Options of `backSolveGoal` as a caller writes them. */
export type BackSolveOptions = z.input<typeof BackSolveOptionsSchema>;
