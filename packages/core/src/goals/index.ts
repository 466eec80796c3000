export { BACK_SOLVE_FORMULA, backSolveGoal } from './back-solve';
export type { BackSolveOptions } from './back-solve-options';
export type {
  BackSolve,
  MeasuredConversion,
  MeasuredLag,
  RequiredStage,
} from './back-solve-types';
export { BACK_SOLVE_METRICS, InvalidGoalError, UnsupportedGoalMetricError } from './errors';
export { goalProgress } from './goal-progress';
export type { GoalProgressOptions } from './options';
export { type GoalPeriod, goalPeriod } from './period';
export {
  type CalendarPeriod,
  describePeriod,
  type FiscalYear,
  type PeriodKind,
  periodContaining,
} from './periods';
export type { GoalQualityCode, GoalWarningCode } from './quality-codes';
export { SOURCING_RULES } from './sourcing';
export type {
  GoalProgress,
  GoalProgressReport,
  GoalStatus,
  TeamContribution,
} from './types';
