import type { GoalProgress } from '@closedloop/core';

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
}

/** Every word the goal meter shows, overridable for translation. */
export interface GoalMeterLabels {
  /** Status text while loading. */
  loading: string;
  /** Status text when there is no data. */
  empty: string;
  /** Status text for an error when no `errorMessage` is given. */
  error: string;
  /** Name of the actual value in the legend and table. */
  actual: string;
  /** Name of the expected-to-date value; gets the `asOf` date. */
  expectedBy: (asOfDate: string) => string;
  /** Name of the target. */
  target: string;
  /** Heading of the name column of the data table. */
  measure: string;
  /** Heading of the value column of the data table. */
  value: string;
  /** The toggle that opens the data table. */
  showData: string;
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
  actual: 'Actual',
  expectedBy: (asOfDate) => `Expected by ${asOfDate}`,
  target: 'Target',
  measure: 'Measure',
  value: 'Value',
  showData: 'Show data',
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

/** The formatted facts of a progress result, with one formatter for text, table and ARIA. */
export function goalMeterFacts(
  progress: GoalProgress,
  locale: string,
  formatValue: GoalValueFormatter,
): GoalMeterFacts {
  const context = { currency: progress.currency, locale };
  return {
    actual: formatValue(progress.actual, context),
    target: formatValue(progress.target, context),
    expected: formatValue(progress.expectedToDate, context),
    percent:
      progress.attainment === null
        ? null
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
            progress.attainment,
          ),
    asOfDate: new Intl.DateTimeFormat(locale, {
      month: 'short',
      day: 'numeric',
      timeZone: progress.timeZone,
    }).format(Date.parse(progress.asOf)),
  };
}
