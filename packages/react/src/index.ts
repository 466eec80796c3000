/**
 * `@closedloop/react`: React widgets for sales–marketing alignment, drawn as plain SVG and
 * themed through CSS custom properties. Every widget takes plain data computed by
 * `@closedloop/core`.
 * @packageDocumentation
 */

/** The core types the widgets take, re-exported so apps need one import. */
export type { GoalProgress, GoalProgressReport, QualityFinding } from '@closedloop/core';
export {
  GoalMeter,
  type GoalMeterProps,
  type GoalMeterSelectionDetail,
  type GoalMeterStatus,
  type GoalMeterVariant,
} from './goal-meter/goal-meter';
export {
  defaultGoalMeterLabels,
  formatGoalValue,
  type GoalMeterFacts,
  type GoalMeterLabels,
  type GoalValueFormatter,
  type StatusRuleFacts,
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
