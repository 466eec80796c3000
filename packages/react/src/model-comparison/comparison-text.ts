import { CHANNEL_LABELS, labelOf, positionWords } from '@closedloop/core';
import { defaultStateLabels, type StateLabels } from '../kit';

/** Every word `ModelComparison` shows, overridable for translation. */
export interface ModelComparisonLabels extends StateLabels {
  /** A channel key in words; default core's `CHANNEL_LABELS` ("Paid search"). */
  channel: (channel: string) => string;
  /** The row of unattributed deals and pending shares. */
  unattributed: string;
  /** A delta driver's position key in words; default core's `positionWords`. */
  position: (position: string) => string;
  /** Marks the baseline model in the legend. */
  baseline: string;
  /** Header of the channel column (table). */
  channelHeader: string;
  /** Header of the delta column: which model it compares against the baseline. */
  deltaHeader: (model: string, baseline: string) => string;
  /** Axis title of the value axis. */
  valueAxis: (currency: string | null) => string;
  /** The legend's hint that a model can be picked for the delta column. */
  pickModel: string;
  /** Tooltip row names. */
  value: string;
  share: string;
  /** Tooltip row: the change against the baseline. */
  versus: (baseline: string) => string;
  /** The dot's accessible name: every fact of the tooltip. */
  dotName: (facts: DotFacts) => string;
  /** The one-line reason of a delta, from its largest driver. */
  mostly: (driver: string, amount: string) => string;
  /** A value equal to the baseline's. */
  unchanged: string;
  /** Footnote for models whose column does not add up to the baseline total. */
  notReconciled: (models: string) => string;
  /** Row of the data table with the column totals. */
  total: string;
}

/** The facts of one dot, formatted, handed to `dotName`. */
export interface DotFacts {
  channel: string;
  model: string;
  baseline: string;
  value: string;
  share: string;
  /** `+$42,000 (+18%)`, or null for the baseline. */
  delta: string | null;
  /** The one-line reason, or null. */
  reason: string | null;
}

/** English defaults of `ModelComparisonLabels`. */
export const defaultModelComparisonLabels: ModelComparisonLabels = {
  ...defaultStateLabels,
  empty: 'No converted deals to compare models on.',
  error: 'The model comparison could not be loaded.',
  loading: 'Loading the model comparison…',
  channel: (channel) => labelOf(CHANNEL_LABELS, channel),
  unattributed: 'Not attributed',
  position: positionWords,
  baseline: 'baseline',
  channelHeader: 'Channel',
  deltaHeader: (model, baseline) => `${model} vs ${baseline}`,
  valueAxis: (currency) => (currency ? `Attributed revenue (${currency})` : 'Attributed value'),
  pickModel: 'Compare with',
  value: 'Value',
  share: 'Share of total',
  versus: (baseline) => `Change vs ${baseline}`,
  dotName: (f) =>
    `${f.channel}, ${f.model}: ${f.value} (${f.share})${f.delta ? `, ${f.delta} versus ${f.baseline}` : ''}${f.reason ? `. ${f.reason}` : ''}`,
  mostly: (driver, amount) => `Mostly the ${driver} (${amount})`,
  unchanged: 'Same as the baseline',
  notReconciled: (models) =>
    `${models}: credits do not add up to the deal value (every channel that took part gets full credit), so deltas are not a reallocation.`,
  total: 'Total',
};
