import * as z from 'zod';
import { CurrencyOption, ExchangeRatesOption, TimeZoneOption } from '../lifecycle/option-fields';
import { lifecycleRuleOptions } from '../lifecycle/options';
import { IsoDate, IsoDateTime } from '../model/primitives';

/** What a funnel can be split by. */
export type FunnelSplit = 'campaign' | 'channel' | 'segment' | 'owner';

/** Options of `funnel` (see the function's documentation for every rule). */
export const FunnelOptionsSchema = z
  .strictObject({
    ...lifecycleRuleOptions,
    /**
     * The counting method and its period, calendar dates in `timeZone`, both included:
     * `cohort` follows the records that entered the first stage in the period; `period`
     * counts entries into each stage in the period.
     */
    cohort: z.strictObject({
      method: z.enum(['cohort', 'period']),
      start: IsoDate,
      end: IsoDate,
    }),
    /** "Now": later moves are ignored, records still in a stage are aged up to it. */
    asOf: IsoDateTime,
    /** The time zone of the period's dates; default UTC. */
    timeZone: TimeZoneOption.default('UTC'),
    /** Split the funnel by source campaign, channel, account segment or owner. */
    by: z.enum(['campaign', 'channel', 'segment', 'owner']).nullable().default(null),
    /** Which source a person's campaign and channel come from; default the original one. */
    attribution: z.enum(['original', 'latest']).default('original'),
    /**
     * Pipeline velocity: the reporting currency (needed when deals use several), rates into
     * it and the look-back for win rate and cycle length (days before `asOf`, default 365);
     * `false` leaves velocity out.
     */
    velocity: z
      .union([
        z.literal(false),
        z.strictObject({
          currency: CurrencyOption.optional(),
          exchangeRates: ExchangeRatesOption.optional(),
          lookbackDays: z.number().int().positive().default(365),
        }),
      ])
      .default({ lookbackDays: 365 }),
  })
  .check((ctx) => {
    if (ctx.value.cohort.end < ctx.value.cohort.start) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.cohort,
        path: ['cohort', 'end'],
        message: `end ${ctx.value.cohort.end} is before start ${ctx.value.cohort.start}`,
      });
    }
    if (
      ctx.value.entity === 'account' &&
      (ctx.value.by === 'campaign' || ctx.value.by === 'channel')
    ) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.by,
        path: ['by'],
        message: `accounts carry no source, so an account funnel splits by segment or owner, not ${ctx.value.by}`,
      });
    }
  });

/** Options of `funnel` as a caller writes them. */
export type FunnelOptions = z.input<typeof FunnelOptionsSchema>;

/** Options of `funnel` after defaults. */
export type ParsedFunnelOptions = z.output<typeof FunnelOptionsSchema>;
