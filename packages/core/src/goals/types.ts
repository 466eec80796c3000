import type { GoalMetric } from '../model/vocabulary';
import type { ExchangeRates } from '../money/convert';

/** Options of `goalProgress`. */
export interface GoalProgressOptions {
  /** The instant to measure at, ISO-8601 with an offset (`2026-02-14T17:00:00Z`): "now". */
  asOf: string;
  /**
   * Rates into the goal's currency, keyed by deal currency: decimal strings giving **units of
   * the goal currency per 1 unit of the key currency** (goal in USD: `{ EUR: '1.08' }` means
   * 1 EUR = 1.08 USD). Needed only for currencies that actually occur.
   */
  exchangeRates?: ExchangeRates;
}

/** Data-quality problems `goalProgress` reports instead of silently dropping records. */
export type GoalQualityCode =
  /** A deal in scope has no amount, so it adds nothing to a money goal. */
  | 'deal_missing_amount'
  /** A deal in scope has an amount but no currency, so it cannot be added or converted. */
  | 'deal_missing_currency'
  /** A won deal has no `closedAt`, so it cannot be placed in any period. */
  | 'deal_missing_closed_at'
  /** A deal has no `createdAt`, so it cannot be placed in a pipeline period. */
  | 'deal_missing_created_at';

/** Records left out of a number, with the reason: shown to users, never hidden. */
export interface QualityFinding {
  /** What is wrong. */
  code: GoalQualityCode;
  /** How many records are affected. */
  count: number;
  /** The affected record ids, in dataset order. */
  ids: string[];
}

/**
 * Where a goal stands at an instant: a plain JSON object (no Dates, no bigints), safe to
 * send from a server to a widget.
 *
 * Values (`target`, `actual`, `expectedToDate`, `runRateForecast`, `requiredPerDay`) are
 * decimal strings: for money goals in the goal's currency with exactly its minor digits
 * (`"412500.00"`, `"1500"` for JPY); for count goals plain numbers with at most two fraction
 * digits (`"7"`, `"12.5"`). Ratios are numbers (`0.34` is 34%).
 */
export interface GoalProgress {
  /** The goal's id. */
  goalId: string;
  /** What the goal measures. */
  metric: GoalMetric;
  /** ISO-4217 currency of the values for money goals; null for count goals. */
  currency: string | null;
  /** The goal's target. */
  target: string;
  /** Achieved from period start up to `asOf`. */
  actual: string;
  /** actual / target; null when the target is 0. */
  attainment: number | null;
  /** Share of the period elapsed at `asOf`, 0–1, in calendar time (not business days). */
  elapsedFraction: number;
  /** On-track-to-date value: target × elapsedFraction. */
  expectedToDate: string;
  /** attainment / elapsedFraction (1 is on pace); null before the period starts or for a 0 target. */
  pacing: number | null;
  /** actual / elapsedFraction: where the period ends at the current rate; null before it starts. */
  runRateForecast: string | null;
  /** (target − actual) / remaining calendar days, 0 once reached; null after the period ends. */
  requiredPerDay: string | null;
  /** First day of the period (`YYYY-MM-DD`, in `timeZone`). */
  periodStart: string;
  /** Last day of the period, inclusive. */
  periodEnd: string;
  /** IANA time zone the period's days are counted in. */
  timeZone: string;
  /** The instant the period starts: local midnight of `periodStart`, ISO in UTC. */
  periodStartsAt: string;
  /** The instant the period ends (exclusive): local midnight after `periodEnd`, ISO in UTC. */
  periodEndsAt: string;
  /** Calendar days in the period. */
  periodDays: number;
  /** Calendar days left at `asOf` (fractional; 0 after the end). */
  remainingDays: number;
  /** The instant measured at, as passed in. */
  asOf: string;
  /** The records that make up `actual`. */
  contributing: {
    /** How many records count toward `actual`. */
    count: number;
    /** Their ids, in dataset order. */
    dealIds: string[];
  };
  /** The exchange rates applied, by deal currency (units of goal currency per 1 unit). */
  exchangeRatesUsed: Record<string, string>;
  /** Records left out of `actual`, by reason; empty when none. */
  quality: QualityFinding[];
}
