import type { GoalMetric } from '../model/vocabulary';

/** Goal metrics `goalProgress` can measure today. */
export const SUPPORTED_GOAL_METRICS = [
  'revenue',
  'pipeline',
  'deals_won',
] as const satisfies readonly GoalMetric[];

/** A goal metric `goalProgress` can measure today. */
export type SupportedGoalMetric = (typeof SUPPORTED_GOAL_METRICS)[number];

/** Thrown by `goalProgress` for a goal whose metric it cannot measure yet (e.g. `mqls`). */
export class UnsupportedGoalMetricError extends Error {
  override readonly name = 'UnsupportedGoalMetricError';
  /** The metric that was asked for. */
  readonly metric: string;
  /** The metrics that are supported. */
  readonly supported: readonly SupportedGoalMetric[] = SUPPORTED_GOAL_METRICS;

  constructor(metric: string, goalId: string) {
    super(
      `goal ${goalId}: metric "${metric}" is not supported yet; supported metrics: ${SUPPORTED_GOAL_METRICS.join(', ')}`,
    );
    this.metric = metric;
  }
}

/**
 * Thrown by `goalProgress` for a goal it cannot measure as given: a money goal without a
 * known currency, a period that ends before it starts, an unknown time zone.
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
