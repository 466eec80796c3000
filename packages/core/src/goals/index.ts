export {
  InvalidGoalError,
  SUPPORTED_GOAL_METRICS,
  type SupportedGoalMetric,
  UnsupportedGoalMetricError,
} from './errors';
export { goalProgress } from './goal-progress';
export { type GoalPeriod, goalPeriod } from './period';
export type { GoalProgress, GoalProgressOptions, GoalQualityCode, QualityFinding } from './types';
