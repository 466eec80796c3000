import { dateWindow } from '../funnel/window';
import { buildStageTimelines } from '../lifecycle/build-stage-timelines';
import { lifecycleRules } from '../lifecycle/options';
import type { Dataset } from '../model/dataset';
import type { Goal } from '../model/sales';
import { parseDecimal, rescale } from '../money/decimal';
import { parseOptions } from '../options/parse-options';
import { FindingCollector } from '../quality/quality-finding';
import { addDays } from '../time/calendar-date';
import { zonedDate } from '../time/zoned-midnight';
import { measureClosedDeals, measureConversions, measureLags } from './back-solve-inputs';
import { type BackSolveOptions, BackSolveOptionsSchema } from './back-solve-options';
import { planStages } from './back-solve-plan';
import type { BackSolve } from './back-solve-types';
import { BACK_SOLVE_METRICS, UnsupportedGoalMetricError } from './errors';
import { goalProgress } from './goal-progress';
import { goalUnits } from './goal-units';

/** The back-solve in words. */
export const BACK_SOLVE_FORMULA =
  'won = planned revenue ÷ average won deal size (a deals-won goal plans its count directly); opportunities = won ÷ win rate (won ÷ (won + lost) over deals closed in the window); every earlier stage = the next stage ÷ its stage-to-stage conversion, measured with the cohort method on the records that entered the first stage in the window; each count is rounded up. Entries of a stage are needed in the goal period shifted back by the median days from that stage to won. Recent cohorts may not have converted yet, which lowers measured rates: choose a window that has matured.';

/**
 * The reverse waterfall: from a revenue (or deals-won) goal, the measured conversion rates,
 * win rate and average deal size, how many entries each earlier stage needs — MQLs, SALs,
 * SQLs, opportunities — and by when (the goal period moved back by each stage's median lag
 * to won), so the marketing commitment follows from the revenue target. Every input is in
 * the result. `basis: 'remaining'` plans only what the actual to date leaves.
 *
 * @throws {UnsupportedGoalMetricError} for a goal other than revenue or deals won.
 * @throws {OptionsError} for malformed options.
 * @throws {InvalidGoalError} for a goal without a known currency or with a malformed period.
 * @throws {MissingExchangeRateError} when a won deal's currency has no rate.
 */
export function backSolveGoal(dataset: Dataset, goal: Goal, options: BackSolveOptions): BackSolve {
  const o = parseOptions('backSolveGoal', BackSolveOptionsSchema, options);
  if (!(BACK_SOLVE_METRICS as readonly string[]).includes(goal.metric)) {
    throw new UnsupportedGoalMetricError(goal.metric, goal.id);
  }
  const units = goalUnits(goal);
  const timeZone = o.timeZone ?? goal.timeZone;
  const today = zonedDate(Date.parse(o.asOf), timeZone);
  const dates = o.window ?? { start: addDays(today, -o.lookbackDays), end: addDays(today, -1) };
  const window = dateWindow(dates.start, dates.end, timeZone);
  const rules = lifecycleRules(
    { ...o, entity: 'person', sources: 'history-and-stage-dates' },
    o.asOf,
  );
  const { timelines, quality } = buildStageTimelines(dataset, rules);
  const findings = new FindingCollector({
    deal_missing_amount: 'won deals without an amount: left out of the average deal size',
    deal_missing_currency: 'won deals without a currency: left out of the average deal size',
  });
  const ratesUsed: Record<string, string> = {};
  const deals = measureClosedDeals(
    dataset,
    window,
    Date.parse(o.asOf),
    units.currency,
    o.exchangeRates,
    ratesUsed,
    findings,
  );
  const progress = goalProgress(dataset, goal, {
    asOf: o.asOf,
    timeZone,
    ...(o.exchangeRates ? { exchangeRates: o.exchangeRates } : {}),
  });
  const target = rescale(parseDecimal(goal.target), units.scale);
  const actual = rescale(parseDecimal(progress.actual), units.scale);
  const planned = o.basis === 'target' ? target : target > actual ? target - actual : 0n;
  const conversions = measureConversions(timelines, window);
  const lags = measureLags(timelines, window);
  const closed = deals.won + deals.lost;
  const winRate = closed > 0 ? deals.won / closed : null;
  const wonNeeded =
    units.currency === null
      ? Number(planned) / Number(units.unit)
      : deals.averageWon === null || deals.averageWon === 0n
        ? null
        : Number(planned) / Number(deals.averageWon);
  return {
    goalId: goal.id,
    metric: goal.metric,
    currency: units.currency,
    basis: o.basis,
    planned: units.format(planned),
    actualToDate: progress.actual,
    inputs: {
      window: { start: window.start, end: window.end, timeZone },
      averageDealSize:
        deals.averageWon === null || units.currency === null
          ? null
          : units.format(deals.averageWon),
      wonDeals: deals.won,
      lostDeals: deals.lost,
      winRate,
      conversions,
      lags,
    },
    required: planStages(rules.stages, wonNeeded, winRate, conversions, lags, goal, today),
    formula: BACK_SOLVE_FORMULA,
    quality: [...quality, ...progress.quality, ...findings.list()],
  };
}
