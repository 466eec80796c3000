import type { GoalMetric, Team } from '../model/vocabulary';
import type { QualityFinding } from '../quality/quality-finding';
import type { PeriodKind } from './periods';
import type { GoalQualityCode, GoalWarningCode } from './quality-codes';

/**
 * Where a goal stands at an instant, as the `GoalMeter` widget reads it: a plain JSON object
 * (no Dates, no bigints). `goalProgress` returns the fuller `GoalProgressReport`.
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
  /** Share of the period elapsed at `asOf`, 0–1, in the days of `calendar` (calendar by default). */
  elapsedFraction: number;
  /** On-track-to-date value: target × elapsedFraction. */
  expectedToDate: string;
  /** attainment / elapsedFraction (1 is on pace); null before the period starts or for a 0 target. */
  pacing: number | null;
  /** actual / elapsedFraction: where the period ends at the current rate; null before it starts. */
  runRateForecast: string | null;
  /** (target − actual) / remaining days (of `calendar`), 0 once reached; null after the period ends. */
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
    /** How many records (events, for stage metrics) count toward `actual`. */
    count: number;
    /** The deal ids for deal metrics, in dataset order; empty for other metrics. */
    dealIds: string[];
  };
  /** The exchange rates applied, by deal currency (units of goal currency per 1 unit). */
  exchangeRatesUsed: Record<string, string>;
  /** Records left out of `actual` because of missing data, by reason; empty when none. */
  quality: QualityFinding<GoalQualityCode>[];
}

/** Ahead of, on, close to or behind the pace the thresholds define. */
export type GoalStatus = 'ahead' | 'on-track' | 'at-risk' | 'behind';

/** One team's share of the actual. */
export interface TeamContribution {
  team: Team;
  /** The part of `actual` this team sourced (same format as `actual`). */
  actual: string;
  /** Its share of `actual`, 0–1; null when `actual` is 0. */
  share: number | null;
  /** How many counted records it sourced. */
  count: number;
}

/** Everything `goalProgress` measures: `GoalProgress` plus status, forecasts and contributions. */
export interface GoalProgressReport extends GoalProgress {
  /** The goal's name, owning teams and whether it is joint (more than one team). */
  name: string;
  teams: Team[];
  joint: boolean;
  /** Segment and owner the goal is narrowed to, or null. */
  segment: string | null;
  ownerId: string | null;
  /** The period named when it is a month, fiscal quarter or fiscal year. */
  period: { kind: PeriodKind | 'custom'; label: string };
  /** The days time is counted in; `requiredPerDay` and `elapsedFraction` use them. */
  calendar: {
    kind: 'calendar' | 'business';
    periodDays: number;
    elapsedDays: number;
    remainingDays: number;
    /**
     * Working weekdays (1 = Monday), holidays and opening hours (the as-of day counts the
     * share of them gone by), for business days; null for calendar days.
     */
    businessDays: { weekdays: number[]; holidays: string[]; start: string; end: string } | null;
  };
  contributing: GoalProgress['contributing'] & {
    /** What the ids are. */
    entity: 'deal' | 'person' | 'activity';
    /** The ids of the counted records in dataset order (a person MQL'd twice appears twice). */
    recordIds: string[];
  };
  /** The pipeline-weighted forecast for revenue and deals-won goals; null for other metrics. */
  pipelineForecast: {
    /** actual + weighted open pipeline. */
    value: string;
    /** Σ value × stage probability over open deals expected to close in the period. */
    weightedOpen: string;
    /** Open deals in it (those with a close date before `asOf` in the period included). */
    openDeals: number;
    /** Of them, expected close date already passed. */
    overdueDeals: number;
  } | null;
  /** The status and exactly how it was decided; status is null when the basis is (not started, target 0). */
  status: GoalStatus | null;
  statusRule: {
    basis: 'pacing' | 'pipeline-forecast';
    /** The ratio compared with the thresholds. */
    value: number | null;
    thresholds: { ahead: number; onTrack: number; atRisk: number };
    text: string;
  };
  /** Each team's share of `actual`; the shares add up to `actual` exactly. */
  contributions: {
    rule: 'lead-source' | 'first-owner';
    text: string;
    teams: TeamContribution[];
  };
  /** Which records count, what is counted, and each formula, in words. */
  rules: { metric: string; scope: string; formulas: Record<string, string> };
  /** Findings that qualify the numbers without changing `actual`. */
  warnings: QualityFinding<GoalWarningCode>[];
}
