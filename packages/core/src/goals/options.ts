import * as z from 'zod';
import { IsoDate } from '../model/primitives';
import { Channel, Team } from '../model/vocabulary';
import { AsOfOption, ExchangeRatesOption, TimeZoneOption } from '../options/fields';

const ratio = z.number().finite().nonnegative();

/** Options of `goalProgress` (see the function's documentation for each rule). */
export const GoalProgressOptionsSchema = z.strictObject({
  /** The instant to measure at, ISO-8601 with an offset: "now". */
  asOf: AsOfOption,
  /** Read the period's dates in this zone instead of the goal's. */
  timeZone: TimeZoneOption.optional(),
  /** Count time in calendar days (default) or business days. */
  calendar: z.enum(['calendar', 'business']).default('calendar'),
  /**
   * Business days: working ISO weekdays (1 = Monday, default Monday–Friday), holidays, and the
   * opening hours (`HH:MM`, default 09:00–17:00) by which the as-of day is pro-rated.
   */
  businessDays: z
    .strictObject({
      weekdays: z.array(z.number().int().min(1).max(7)).min(1).optional(),
      holidays: z.array(IsoDate).optional(),
      start: z.string().optional(),
      end: z.string().optional(),
    })
    .default({}),
  /** Rates into the goal's currency: units of the goal currency per 1 unit of the key. */
  exchangeRates: ExchangeRatesOption.optional(),
  /** Status thresholds on the status basis (1 = on pace): ahead ≥ onTrack ≥ atRisk. */
  thresholds: z
    .strictObject({ ahead: ratio, onTrack: ratio, atRisk: ratio })
    .default({ ahead: 1.1, onTrack: 0.95, atRisk: 0.8 })
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
  statusBasis: z.enum(['pacing', 'pipeline-forecast']).default('pacing'),
  /** Which team sourced each counted record. */
  sourcing: z
    .strictObject({
      rule: z.enum(['lead-source', 'first-owner']).default('lead-source'),
      /** Channels that are not marketing's (default: outbound is the SDRs'). */
      channelTeams: z.partialRecord(Channel, Team).default({ outbound: 'sdr' }),
      /** The team of records with no lead source or owner (default: sales-generated). */
      fallbackTeam: Team.default('sales'),
    })
    .default({ rule: 'lead-source', channelTeams: { outbound: 'sdr' }, fallbackTeam: 'sales' }),
  /** Count everything in scope (default), or only what the goal's own teams sourced. */
  scope: z.enum(['all', 'sourced-by-goal-teams']).default('all'),
  /** The lifecycle stage ids of the MQL, SAL and SQL metrics. */
  stageIds: z
    .strictObject({
      mqls: z.string().min(1).default('mql'),
      sals: z.string().min(1).default('sal'),
      sqls: z.string().min(1).default('sql'),
    })
    .default({ mqls: 'mql', sals: 'sal', sqls: 'sql' }),
  /** Stage metrics count every entry into the stage (a re-MQL counts again) or the first only. */
  stageCounting: z.enum(['every-entry', 'first-entry']).default('every-entry'),
  /** Meetings count when their owner is in one of the goal's teams (default), or any owner. */
  meetings: z.enum(['goal-teams', 'any-owner']).default('goal-teams'),
  /** The fiscal year's first month (1–12), for naming the goal's period. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
});

/** Options of `goalProgress` as a caller writes them. */
export type GoalProgressOptions = z.input<typeof GoalProgressOptionsSchema>;

/** Options of `goalProgress` after defaults. */
export type ParsedGoalOptions = z.output<typeof GoalProgressOptionsSchema>;
