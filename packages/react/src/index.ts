/**
 * `@closedloop/react`: React widgets for sales–marketing alignment, drawn as plain SVG and
 * themed through CSS custom properties. Every widget takes plain data computed by
 * `@closedloop/core`.
 * @packageDocumentation
 */

/** The core types the widgets take, re-exported so apps need one import. */
export type { GoalProgress, QualityFinding } from '@closedloop/core';
export { GoalMeter, type GoalMeterProps, type GoalMeterStatus } from './goal-meter/goal-meter';
export {
  defaultGoalMeterLabels,
  formatGoalValue,
  type GoalMeterFacts,
  type GoalMeterLabels,
  type GoalValueFormatter,
} from './goal-meter/goal-meter-text';
export {
  createFormatters,
  type Formatters,
  type MarkSelection,
  type OnSelect,
  type SelectionEntity,
  type StateLabels,
  type WidgetStatus,
} from './kit';
