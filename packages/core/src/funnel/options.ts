import * as z from 'zod/mini';
import { lifecycleRuleOptions } from '../lifecycle/options';
import {
  AsOfOption,
  conflict,
  currencyOptions,
  PeriodOption,
  TimeZoneOption,
} from '../options/fields';

/** What a funnel can be split by. */
export type FunnelSplit = 'campaign' | 'channel' | 'segment' | 'owner';

/** Options of `funnel` (see the function's documentation for every rule). */
export const FunnelOptionsSchema = z
  .strictObject({
    ...lifecycleRuleOptions,
    /**
     * The counting method: `cohort` follows the records that entered the first stage in the
     * period; `period` counts entries into each stage in the period.
     */
    method: z.enum(['cohort', 'period']),
    /** The calendar dates counted, `{ start, end }` in `timeZone`, both included. */
    period: PeriodOption,
    /** "Now": later moves are ignored, records still in a stage are aged up to it. */
    asOf: AsOfOption,
    /** The time zone of the period's dates; default UTC. */
    timeZone: z._default(TimeZoneOption, 'UTC'),
    /** Split the funnel by source campaign, channel, account segment or owner. */
    by: z._default(z.nullable(z.enum(['campaign', 'channel', 'segment', 'owner'])), null),
    /** Which source a person's campaign and channel come from; default the original one. */
    attribution: z._default(z.enum(['original', 'latest']), 'original'),
    /**
     * The currency of pipeline velocity (needed when deals use several; default their one
     * currency) and rates into it.
     */
    ...currencyOptions,
    /**
     * Pipeline velocity: the look-back for win rate and cycle length (days before `asOf`,
     * default 365); `false` leaves velocity out.
     */
    velocity: z._default(
      z.union([
        z.literal(false),
        z.strictObject({
          lookbackDays: z._default(z.number().check(z.int(), z.positive()), 365),
        }),
      ]),
      { lookbackDays: 365 },
    ),
  })
  .check((ctx) => {
    if (
      ctx.value.entity === 'account' &&
      (ctx.value.by === 'campaign' || ctx.value.by === 'channel')
    ) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.by,
        path: ['by'],
        params: conflict,
        message: `accounts carry no source, so an account funnel splits by segment or owner, not ${ctx.value.by}`,
      });
    }
  });

/** Options of `funnel` as a caller writes them. */
export type FunnelOptions = z.input<typeof FunnelOptionsSchema>;

/** Options of `funnel` after defaults. */
export type ParsedFunnelOptions = z.output<typeof FunnelOptionsSchema>;
