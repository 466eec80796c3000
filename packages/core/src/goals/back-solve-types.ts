import type { GoalMetric } from '../model/vocabulary';
import type { QualityFinding } from '../quality/quality-finding';

/** One measured stage-to-stage conversion used by the back-solve. */
export interface MeasuredConversion {
  from: string;
  to: string;
  /** Records of the window's cohort at `from` that reached `to` ÷ records at `from`. */
  rate: number | null;
  fromCount: number;
  toCount: number;
}

/** The measured lag from entering a stage to winning. */
export interface MeasuredLag {
  stage: string;
  /** Median days from entering the stage to entering the won stage; null when no record won. */
  medianDaysToWon: number | null;
  /** Won records the median is taken over. */
  records: number;
}

/** One stage of the plan. */
export interface RequiredStage {
  stage: string;
  label: string;
  /** Entries needed, rounded up; null when a rate on the way is unknown or zero. */
  count: number | null;
  /** The unrounded figure. */
  exact: number | null;
  /**
   * When those entries must happen to win within the period at the median lag: the period
   * shifted back by the lag (dates in the goal's time zone); null without a lag.
   */
  window: { from: string; by: string } | null;
  /** True when `window.by` is already before the as-of date. */
  late: boolean;
}

/** What `backSolveGoal` returns: the plan, every input and the formula, as plain JSON. */
export interface BackSolve {
  goalId: string;
  metric: GoalMetric;
  currency: string | null;
  basis: 'target' | 'remaining';
  /** The target, or what remains of it, that the plan must deliver. */
  planned: string;
  /** The actual to date (deducted under `remaining`). */
  actualToDate: string;
  inputs: {
    window: { start: string; end: string; timeZone: string };
    /** Mean value of the deals won in the window (revenue goals); null for deals-won goals. */
    averageDealSize: string | null;
    wonDeals: number;
    lostDeals: number;
    /** won ÷ (won + lost) over deals closed in the window. */
    winRate: number | null;
    conversions: MeasuredConversion[];
    lags: MeasuredLag[];
  };
  /** From the first stage to won. */
  required: RequiredStage[];
  formula: string;
  quality: QualityFinding[];
}
