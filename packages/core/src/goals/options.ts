import * as z from 'zod/mini';
import { IsoDate } from '../model/formats';
import { Channel, Team } from '../model/vocabulary';
import { AsOfOption, ExchangeRatesOption, TimeZoneOption } from '../options/fields';

const ratio = z.number().check(z.nonnegative());
const stageId = z.string().check(z.minLength(1));

/** Options of `goalProgress` (see the function's documentation for each rule). */
export const GoalProgressOptionsSchema = z.strictObject({
  /** The instant to measure at, ISO-8601 with an offset: "now". */
  asOf: AsOfOption,
  /** Read the period's dates in this zone instead of the goal's. */
  timeZone: z.optional(TimeZoneOption),
  /** Count time in calendar days (default) or business days. */
  calendar: z._default(z.enum(['calendar', 'business']), 'calendar'),
  /**
   * Business days: working ISO weekdays (1 = Monday, default Monday–Friday), holidays, and the
   * opening hours (`HH:MM`, default 09:00–17:00) by which the as-of day is pro-rated.
   */
  businessDays: z._default(
    z.strictObject({
      weekdays: z.optional(
        z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.minLength(1)),
      ),
      holidays: z.optional(z.array(IsoDate)),
      start: z.optional(z.string()),
      end: z.optional(z.string()),
    }),
    {},
  ),
  /** Rates into the goal's currency: units of the goal currency per 1 unit of the key. */
  exchangeRates: z.optional(ExchangeRatesOption),
  /** Status thresholds on the status basis (1 = on pace): ahead ≥ onTrack ≥ atRisk. */
  thresholds: z
    ._default(z.strictObject({ ahead: ratio, onTrack: ratio, atRisk: ratio }), {
      ahead: 1.1,
      onTrack: 0.95,
      atRisk: 0.8,
    })
    .check((ctx) => {
      const { ahead, onTrack, atRisk } = ctx.value;
      if (!(ahead >= onTrack && onTrack >= atRisk)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `thresholds must satisfy ahead ≥ onTrack ≥ atRisk, got ${ahead}, ${onTrack}, ${atRisk}`,
        });
      }
    }),
  /** What status compares with the thresholds: pacing, or the pipeline forecast ÷ target. */
  statusBasis: z._default(z.enum(['pacing', 'pipeline-forecast']), 'pacing'),
  /** Which team sourced each counted record. */
  sourcing: z._default(
    z.strictObject({
      rule: z._default(z.enum(['lead-source', 'first-owner']), 'lead-source'),
      /** Channels that are not marketing's (default: outbound is the SDRs'). */
      channelTeams: z._default(z.partialRecord(Channel, Team), { outbound: 'sdr' }),
      /** The team of records with no lead source or owner (default: sales-generated). */
      fallbackTeam: z._default(Team, 'sales'),
    }),
    { rule: 'lead-source', channelTeams: { outbound: 'sdr' }, fallbackTeam: 'sales' },
  ),
  /** Count everything in scope (default), or only what the goal's own teams sourced. */
  scope: z._default(z.enum(['all', 'sourced-by-goal-teams']), 'all'),
  /** The lifecycle stage ids of the MQL, SAL and SQL metrics. */
  stageIds: z._default(
    z.strictObject({
      mqls: z._default(stageId, 'mql'),
      sals: z._default(stageId, 'sal'),
      sqls: z._default(stageId, 'sql'),
    }),
    { mqls: 'mql', sals: 'sal', sqls: 'sql' },
  ),
  /** Stage metrics count every entry into the stage (a re-MQL counts again) or the first only. */
  stageCounting: z._default(z.enum(['every-entry', 'first-entry']), 'every-entry'),
  /** Meetings count when their owner is in one of the goal's teams (default), or any owner. */
  meetings: z._default(z.enum(['goal-teams', 'any-owner']), 'goal-teams'),
  /** The fiscal year's first month (1–12), for naming the goal's period. */
  fiscalYearStartMonth: z._default(z.number().check(z.int(), z.gte(1), z.lte(12)), 1),
});

/** Options of `goalProgress` as a caller writes them. */
export type GoalProgressOptions = z.input<typeof GoalProgressOptionsSchema>;

/** Options of `goalProgress` after defaults. */
export type ParsedGoalOptions = z.output<typeof GoalProgressOptionsSchema>;
