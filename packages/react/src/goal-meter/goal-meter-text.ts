import {
  type GoalProgress,
  type GoalProgressReport,
  type GoalStatus,
  TEAM_LABELS,
  type Team,
} from '@closedloop/core';
import { createFormatters, type StateLabels } from '../kit';

/** Formats one goal value (a decimal string from core) for display. */
export type GoalValueFormatter = (
  value: string,
  context: { currency: string | null; locale: string },
) => string;

/** The formatted facts a goal meter shows, handed to the label functions. */
export interface GoalMeterFacts {
  /** Formatted actual, e.g. `$412,500`. */
  actual: string;
  /** Formatted target. */
  target: string;
  /** Formatted on-track-to-date value. */
  expected: string;
  /** Formatted attainment, e.g. `34%`; null when the target is 0. */
  percent: string | null;
  /** The `asOf` date, formatted in the goal's time zone, e.g. `Feb 15`. */
  asOfDate: string;
  /** Compact actual for headlines, e.g. `$257K`. */
  actualCompact: string;
  /** Compact target, e.g. `$1.3M`. */
  targetCompact: string;
  /** Formatted run-rate forecast; null before the period starts. */
  runRate: string | null;
  /** Formatted pipeline-weighted forecast; null when the result has none. */
  pipeline: string | null;
}

/** The status rule's numbers, formatted, for `GoalMeterLabels.statusRule`. */
export interface StatusRuleFacts {
  basis: 'pacing' | 'pipeline-forecast';
  /** The compared ratio, e.g. `40%`. */
  value: string;
  ahead: string;
  onTrack: string;
  atRisk: string;
}

/** Every word the goal meter shows, overridable for translation. */
export interface GoalMeterLabels extends StateLabels {
  /** Name of the actual value in the legend and table. */
  actual: string;
  /** Name of the expected-to-date value; gets the `asOf` date. */
  expectedBy: (asOfDate: string) => string;
  /** Name of the target. */
  target: string;
  /** Name of the run-rate forecast marker. */
  runRate: string;
  /** Name of the pipeline-weighted forecast marker. */
  pipelineForecast: string;
  /** Table row: the weighted open pipeline inside the forecast. */
  weightedOpen: string;
  /** Table row: the open deals behind the pipeline forecast. */
  openDeals: string;
  /** Table row: what is needed per remaining day. */
  requiredPerDay: string;
  /** Heading of the name column of the data table. */
  measure: string;
  /** Heading of the value column of the data table. */
  value: string;
  /** Heading of the share column of the data table. */
  share: string;
  /** Team names; default core's `TEAM_LABELS`. */
  teams: Readonly<Record<Team, string>>;
  /** Name of the group of team segments. */
  contributions: string;
  /** Status words (shown with a glyph). */
  statuses: Record<GoalStatus, string>;
  /** Table row name of the status. */
  status: string;
  /** How far attainment is from the pace, in points: `16 pts under pace`. */
  paceDelta: (points: string, direction: 'over' | 'under' | 'on') => string;
  /** Where in the period `asOf` is: `day 45 of 91`. */
  elapsed: (day: number, total: number, business: boolean) => string;
  /** The status rule with its thresholds in words. */
  statusRule: (rule: StatusRuleFacts) => string;
  /** The denominator beside a hero number: `of $1.3M`. */
  of: (target: string) => string;
  /** Beyond the target: `+12% over target`. */
  overTarget: (percent: string) => string;
  /** How many records make up a segment or the actual. */
  records: (count: number) => string;
  /** Note under the meter when records were left out of the actual for missing data. */
  notCounted: (count: number) => string;
  /** The visible one-line summary, e.g. `$412,500 of $1,200,000`. */
  summary: (facts: GoalMeterFacts) => string;
  /** The meter's `aria-valuetext`. */
  valueText: (facts: GoalMeterFacts) => string;
}

/** English defaults of `GoalMeterLabels`. */
export const defaultGoalMeterLabels: GoalMeterLabels = {
  loading: 'Loading goal progress…',
  empty: 'No data for this goal yet.',
  error: 'Goal progress could not be loaded.',
  retry: 'Try again',
  showData: 'Show data',
  actual: 'Actual',
  expectedBy: (asOfDate) => `Expected by ${asOfDate}`,
  target: 'Target',
  runRate: 'Run-rate forecast',
  pipelineForecast: 'Pipeline forecast',
  weightedOpen: 'Weighted open pipeline',
  openDeals: 'Open deals in forecast',
  requiredPerDay: 'Required per day',
  measure: 'Measure',
  value: 'Value',
  share: 'Share',
  teams: TEAM_LABELS,
  contributions: 'Contribution by team',
  statuses: { ahead: 'Ahead', 'on-track': 'On track', 'at-risk': 'At risk', behind: 'Behind' },
  status: 'Status',
  paceDelta: (points, direction) =>
    direction === 'on' ? 'on pace' : `${points} ${points === '1' ? 'pt' : 'pts'} ${direction} pace`,
  elapsed: (day, total, business) => `${business ? 'business ' : ''}day ${day} of ${total}`,
  statusRule: ({ basis, value, ahead, onTrack, atRisk }) =>
    `Status from ${basis === 'pacing' ? 'pacing' : 'pipeline forecast ÷ target'} ${value}: ahead ≥ ${ahead}, on track ≥ ${onTrack}, at risk ≥ ${atRisk}, behind below.`,
  of: (target) => `of ${target}`,
  overTarget: (percent) => `${percent} over target`,
  records: (count) => `${count} ${count === 1 ? 'record' : 'records'}`,
  notCounted: (count) =>
    `${count} ${count === 1 ? 'record was' : 'records were'} not counted because of missing data.`,
  summary: ({ actual, target }) => `${actual} of ${target}`,
  valueText: ({ actual, target, percent, expected, asOfDate }) =>
    `${actual} of ${target}${percent === null ? '' : ` (${percent})`}, expected ${expected} by ${asOfDate}`,
};

/**
 * Formats a goal value with `Intl.NumberFormat`: money in whole units of its currency
 * (`$412,500`; a glance widget, so cents are dropped, rounding half-even like the core),
 * counts as plain numbers with up to two decimals (`12.5`). Pass your own `formatValue` to
 * show cents or compact notation.
 */
export function formatGoalValue(
  value: string,
  { currency, locale }: { currency: string | null; locale: string },
): string {
  // `roundingMode` is ES2023 Intl; engines without it fall back to half-expand.
  const rounding = { roundingMode: 'halfEven' } as Intl.NumberFormatOptions;
  const options: Intl.NumberFormatOptions =
    currency === null
      ? { ...rounding, maximumFractionDigits: 2 }
      : {
          ...rounding,
          style: 'currency',
          currency,
          minimumFractionDigits: 0,
          maximumFractionDigits: 0,
        };
  return new Intl.NumberFormat(locale, options).format(Number(value));
}

/** True when the progress is the fuller `GoalProgressReport`. */
export function isReport(progress: GoalProgress): progress is GoalProgressReport {
  return 'statusRule' in progress && 'contributions' in progress;
}

/** The formatted facts of a progress result, with one formatter for text, table and ARIA. */
export function goalMeterFacts(
  progress: GoalProgress,
  locale: string,
  formatValue: GoalValueFormatter,
): GoalMeterFacts {
  const context = { currency: progress.currency, locale };
  const format = createFormatters(locale, progress.currency);
  const compact = (value: string) =>
    progress.currency ? format.moneyCompact(value) : format.count(Number(value));
  const pipeline = isReport(progress) ? progress.pipelineForecast : null;
  return {
    actual: formatValue(progress.actual, context),
    target: formatValue(progress.target, context),
    expected: formatValue(progress.expectedToDate, context),
    percent: progress.attainment === null ? null : format.percent(progress.attainment),
    asOfDate: format.date(progress.asOf, progress.timeZone),
    actualCompact: compact(progress.actual),
    targetCompact: compact(progress.target),
    runRate:
      progress.runRateForecast === null ? null : formatValue(progress.runRateForecast, context),
    pipeline: pipeline ? formatValue(pipeline.value, context) : null,
  };
}
