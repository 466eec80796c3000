import type { Dataset } from '../model/dataset';
import type { Goal } from '../model/sales';
import { parseDecimal, rescale } from '../money/decimal';
import { parseOptions } from '../options/parse-options';
import { FindingCollector } from '../quality/quality-finding';
import { businessCalendar } from '../time/business-hours';
import { contributionsOf } from './contributions';
import { countDays } from './day-count';
import { goalFormulas, scopeText } from './goal-formulas';
import { goalUnits } from './goal-units';
import { countRecords, METRIC_RULES } from './measure';
import { type MeasureContext, scopeFilter } from './measure-context';
import { type GoalProgressOptions, GoalProgressOptionsSchema } from './options';
import { reportOverlaps } from './overlaps';
import { paceOf } from './pace';
import { goalPeriod } from './period';
import { describePeriod } from './periods';
import { weightedPipeline } from './pipeline-forecast';
import { GOAL_FINDING_MESSAGES, type GoalQualityCode, type GoalWarningCode } from './quality-codes';
import { SOURCING_RULES } from './sourcing';
import { goalStatus, statusText } from './status';
import type { GoalProgressReport } from './types';

/**
 * Measures a goal at an instant: actual, attainment, expected to date, pacing, run-rate and
 * pipeline-weighted forecasts, the rate still required, a status and each team's share.
 *
 * - **Period.** `periodStart`..`periodEnd` are dates in the goal's time zone (or
 *   `options.timeZone`), both included: `[local midnight of the first day, local midnight
 *   after the last)`. Only what happened up to `asOf` counts.
 * - **Metrics** (see `METRIC_RULES`): revenue and deals won from won deals by `closedAt`,
 *   pipeline from deals by `createdAt`, MQLs/SALs/SQLs from entries into the lifecycle stage
 *   (`stageCounting`: every entry, default, or the first), meetings held (owned by the goal's
 *   teams unless `meetings: 'any-owner'`). `segment` (the account's) and `ownerId` narrow the
 *   records; deleted ones are left out and listed in `warnings`.
 * - **Time** (`calendar`): calendar days (elapsed milliseconds, DST-exact) or business days
 *   (working weekdays minus holidays, the as-of day pro rata by its business hours gone by),
 *   stated in `calendar`.
 * - **Forecasts.** Run rate = actual ÷ elapsed share; pipeline-weighted (revenue, deals won)
 *   = actual + Σ open value × stage probability over deals expected to close in the period.
 * - **Status** (`statusBasis`, `thresholds`): pacing (default) or pipeline forecast ÷ target
 *   against ahead 1.1 / on track 0.95 / at risk 0.8 unless configured; returned with the rule.
 * - **Contributions** (`sourcing`): every counted record goes to the marketing, SDR or sales
 *   team by lead source (default) or first owner (see `SOURCING_RULES`), so they add up to
 *   `actual`; `scope: 'sourced-by-goal-teams'` counts only the goal's own teams' records.
 * - **Money** is summed exactly in minor units, converted per deal (half-even); derived
 *   values round half-even to the currency's minor units.
 * - **Quality.** Records left out for missing data are in `quality`; deleted records,
 *   overlapping goals and forecast exclusions in `warnings`. Never dropped silently.
 *
 * @throws {OptionsError} (a `RangeError`) for malformed options, e.g. `asOf` without offset.
 * @throws {InvalidGoalError} for a money goal without a known currency, a malformed period or time zone.
 * @throws {MissingExchangeRateError} when a deal's currency has no rate.
 */
export function goalProgress(
  dataset: Dataset,
  goal: Goal,
  options: GoalProgressOptions,
): GoalProgressReport {
  const o = parseOptions('goalProgress', GoalProgressOptionsSchema, options);
  const units = goalUnits(goal);
  const { format } = units;
  const period = goalPeriod(goal, o.timeZone ?? goal.timeZone);
  const asOfMs = Date.parse(o.asOf);
  const ctx: MeasureContext = {
    dataset,
    goal,
    options: o,
    startMs: period.startMs,
    endMs: period.endMs,
    asOfMs,
    currency: units.currency,
    ratesUsed: {},
    quality: new FindingCollector<GoalQualityCode>(GOAL_FINDING_MESSAGES),
    warnings: new FindingCollector<GoalWarningCode>(GOAL_FINDING_MESSAGES),
    inScope: scopeFilter(dataset, goal),
  };
  reportOverlaps(goal, dataset.goals, ctx.warnings);
  const { entity, counted, teams } = countRecords(ctx);
  const actual = counted.reduce((sum, c) => sum + c.value * units.unit, 0n);
  const target = rescale(parseDecimal(goal.target), units.scale);
  const calendar =
    o.calendar === 'business'
      ? businessCalendar({ timeZone: period.timeZone, ...o.businessDays })
      : null;
  const days = countDays(period, asOfMs, calendar);
  const pace = paceOf(actual, target, days);
  const forecastable = goal.metric === 'revenue' || goal.metric === 'deals_won';
  const pipeline = forecastable ? weightedPipeline(ctx, units.scale) : null;
  const forecast = pipeline === null ? null : actual + pipeline.weighted;
  const statusValue =
    o.statusBasis === 'pipeline-forecast' && forecast !== null
      ? target > 0n
        ? Number(forecast) / Number(target)
        : null
      : pace.pacing;
  const calendarMs = period.endMs - period.startMs;
  const calendarLeft = calendarMs - Math.min(Math.max(asOfMs - period.startMs, 0), calendarMs);
  const ids = counted.map((c) => c.id);

  return {
    goalId: goal.id,
    metric: goal.metric,
    currency: units.currency,
    target: format(target),
    actual: format(actual),
    attainment: pace.attainment,
    elapsedFraction: pace.elapsedFraction,
    expectedToDate: format(pace.expectedToDate),
    pacing: pace.pacing,
    runRateForecast: pace.runRateForecast === null ? null : format(pace.runRateForecast),
    requiredPerDay: pace.requiredPerDay === null ? null : format(pace.requiredPerDay),
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    timeZone: period.timeZone,
    periodStartsAt: new Date(period.startMs).toISOString(),
    periodEndsAt: new Date(period.endMs).toISOString(),
    periodDays: period.days,
    remainingDays: (period.days * calendarLeft) / calendarMs,
    asOf: o.asOf,
    contributing: {
      count: counted.length,
      dealIds: entity === 'deal' ? ids : [],
      entity,
      recordIds: ids,
    },
    exchangeRatesUsed: ctx.ratesUsed,
    quality: ctx.quality.list(),
    name: goal.name,
    teams: goal.teams,
    joint: goal.teams.length > 1,
    segment: goal.segment,
    ownerId: goal.ownerId,
    period: describePeriod(goal.periodStart, goal.periodEnd, {
      startMonth: o.fiscalYearStartMonth,
    }),
    calendar: {
      kind: days.kind,
      periodDays: days.periodDays,
      elapsedDays: days.periodDays * pace.elapsedFraction,
      remainingDays: days.periodDays * (1 - pace.elapsedFraction),
      businessDays:
        calendar === null
          ? null
          : {
              weekdays: [...calendar.hours.weekdays],
              holidays: [...calendar.hours.holidays],
              start: calendar.hours.start,
              end: calendar.hours.end,
            },
    },
    pipelineForecast:
      pipeline === null || forecast === null
        ? null
        : {
            value: format(forecast),
            weightedOpen: format(pipeline.weighted),
            openDeals: pipeline.openDeals,
            overdueDeals: pipeline.overdueDeals,
          },
    status: goalStatus(statusValue, o.thresholds),
    statusRule: {
      basis: o.statusBasis,
      value: statusValue,
      thresholds: o.thresholds,
      text: statusText(o.statusBasis, o.thresholds),
    },
    contributions: {
      rule: o.sourcing.rule,
      text: SOURCING_RULES[o.sourcing.rule],
      teams: contributionsOf(counted, teams, format, units.unit),
    },
    rules: {
      metric: METRIC_RULES[goal.metric],
      scope: scopeText(o.scope, goal.segment, goal.ownerId),
      formulas: goalFormulas(days.kind),
    },
    warnings: ctx.warnings.list(),
  };
}
