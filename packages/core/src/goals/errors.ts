import type { GoalMetric } from '../model/vocabulary';

/** Goal metrics `backSolveGoal` can plan from: the revenue ones. */
export const BACK_SOLVE_METRICS = ['revenue', 'deals_won'] as const satisfies readonly GoalMetric[];

/** Thrown by `backSolveGoal` for a goal it cannot plan from (e.g. an MQL goal). */
export class UnsupportedGoalMetricError extends Error {
  override readonly name = 'UnsupportedGoalMetricError';
  /** The metric that was asked for. */
  readonly metric: string;
  /** The metrics that are supported. */
  readonly supported: readonly GoalMetric[] = BACK_SOLVE_METRICS;

  constructor(metric: string, goalId: string) {
    super(
      `goal ${goalId}: cannot back-solve a "${metric}" goal; supported metrics: ${BACK_SOLVE_METRICS.join(', ')}`,
    );
    this.metric = metric;
  }
}

/**
 * Thrown by `goalProgress` and `backSolveGoal` for a goal they cannot measure as given: a
 * money goal without a known currency, a period that ends before it starts, an unknown time zone.
 */
export class InvalidGoalError extends Error {
  override readonly name = 'InvalidGoalError';
  /** The id of the goal. */
  readonly goalId: string;

  constructor(goalId: string, problem: string) {
    super(`goal ${goalId}: ${problem}`);
    this.goalId = goalId;
  }
}
