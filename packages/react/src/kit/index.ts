/**
 * The widget kit: what every `@closedloop/react` widget shares: theme tokens, formatters,
 * sizing, keyboard-reachable tooltips, the data table, states and the live region.
 * Internal to the package (widgets import from here); the public API re-exports a few parts.
 */
export {
  type ContainerSize,
  type ContainerSizeOptions,
  DEFAULT_INITIAL_SIZE,
  type Size,
  useContainerSize,
  useIsomorphicLayoutEffect,
} from './container-size';
export {
  type DataColumn,
  type DataRow,
  DataTable,
  type DataTableProps,
  tableHead,
} from './data-table';
export {
  createFormatters,
  DAY,
  type Formatters,
  HOUR,
  MINUTE,
  type Numeric,
  SECOND,
} from './format';
export {
  ChartFrame,
  type ChartFrameProps,
  type ChartIds,
  type StateSlots,
  useChartIds,
  type WidgetStatus,
} from './frame';
export { defaultStateLabels, mergeLabels, type StateLabels } from './labels';
export { Legend, type LegendItem } from './legend';
export { LiveRegion } from './live-region';
export { type MarkProps, type Marks, type MarksOptions, useMarks } from './marks';
export { safeHref } from './safe-href';
export { type LinearScale, linearScale, tickCount } from './scale';
export type { MarkSelection, OnSelect, SelectionEntity } from './selection';
export { HatchPattern, SHAPES, type ShapeName, shapePath } from './shapes';
export { useStableList } from './stable-list';
export { StatusChip } from './status-chip';
export {
  color,
  font,
  line,
  OTHER_HEX,
  otherColor,
  SERIES_COUNT,
  SERIES_HEX,
  type StatusTone,
  sequential,
  seriesColor,
  seriesEdge,
  status,
  tabular,
  visuallyHidden,
} from './tokens';
export {
  Swatch,
  type SwatchShape,
  Tooltip,
  type TooltipAnchor,
  type TooltipContent,
  type TooltipProps,
  type TooltipRow,
} from './tooltip';
export type { WidgetBaseProps } from './widget-props';
