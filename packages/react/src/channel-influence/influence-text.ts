import { CHANNEL_LABELS, labelOf } from '@closedloop/core';
import { defaultStateLabels, type StateLabels } from '../kit';
import type { InfluenceMeasure } from './influence-bars';

/** Every word `ChannelInfluence` shows, overridable for translation. */
export interface ChannelInfluenceLabels extends StateLabels {
  /** A channel (or a k-gram state's channel) in words; default core's `CHANNEL_LABELS`. */
  channel: (channel: string) => string;
  /** The chain's start state, conversion and null (no conversion). */
  start: string;
  conversion: string;
  noConversion: string;
  /** Short column headers of the two absorbing states in the heatmap. */
  conversionShort: string;
  noConversionShort: string;
  /** Short name of the measure (tooltip row). */
  figure: (measure: InfluenceMeasure) => string;
  /** Axis title of the bars. */
  measureAxis: (
    measure: InfluenceMeasure,
    model: 'removal-effect' | 'shapley' | null,
    confidence: number | null,
  ) => string;
  /** Name of the figure beside the measure. */
  removalEffect: string;
  shapleyValue: string;
  /** Tooltip rows. */
  interval: (confidence: number) => string;
  conversions: string;
  value: string;
  /** A bar's accessible name: the tooltip's facts. */
  barName: (facts: BarFacts) => string;
  /** Why a bar is hatched. */
  crossesZero: string;
  smallSample: (conversions: string) => string;
  /** Note when the fit has no bootstrap intervals. */
  noIntervals: string;
  /** Heading of the transition heatmap and the names of its axes. */
  transitions: (order: number) => string;
  from: string;
  to: string;
  /** A heatmap cell's accessible name; `probability` begins with the cell's visible text. */
  cellName: (from: string, to: string, probability: string) => string;
  /** Table header of the channel column. */
  channelHeader: string;
  /** Legend entries of the bars. */
  legendEstimate: string;
  legendUncertain: string;
  legendInterval: (confidence: number) => string;
  /** Sample-size and data warnings from core, shown as given unless mapped here. */
  warning: (text: string) => string;
}

/** The facts of one bar, formatted. */
export interface BarFacts {
  channel: string;
  figure: string;
  interval: string | null;
  metric: string | null;
  uncertain: string | null;
}

const pct = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** English defaults of `ChannelInfluenceLabels`. */
export const defaultChannelInfluenceLabels: ChannelInfluenceLabels = {
  ...defaultStateLabels,
  loading: 'Loading the channel influence…',
  empty: 'No journeys to fit a data-driven model on.',
  error: 'The channel influence could not be loaded.',
  channel: (channel) => labelOf(CHANNEL_LABELS, channel),
  start: 'Start',
  conversion: 'Conversion',
  noConversion: 'No conversion',
  conversionShort: 'Conv.',
  noConversionShort: 'Lost',
  figure: (measure) =>
    measure === 'value' ? 'Credited value' : measure === 'conversions' ? 'Conversions' : 'Share',
  measureAxis: (measure, model, confidence) => {
    const base =
      measure === 'value'
        ? 'Credited value'
        : measure === 'conversions'
          ? 'Credited conversions'
          : model === 'removal-effect'
            ? 'Share of conversions (normalised removal effect)'
            : model === 'shapley'
              ? 'Share of conversions (Shapley)'
              : 'Share of conversions';
    return confidence === null ? base : `${base}, ${pct(confidence)} bootstrap interval`;
  },
  removalEffect: 'Removal effect',
  shapleyValue: 'Shapley value',
  interval: (confidence) => `${pct(confidence)} CI`,
  conversions: 'Credited conversions',
  value: 'Credited value',
  barName: (f) =>
    [`${f.channel}: ${f.figure}${f.interval ? ` (${f.interval})` : ''}`, f.metric, f.uncertain]
      .filter(Boolean)
      .join(', '),
  crossesZero: 'the interval reaches zero',
  smallSample: (conversions) => `few conversions (${conversions})`,
  noIntervals:
    'No bootstrap intervals: fit with `bootstrap` to see how much each figure could move.',
  transitions: (order) =>
    order === 1 ? 'Transition probabilities' : `Transition probabilities (order ${order} states)`,
  from: 'From',
  to: 'To',
  cellName: (from, to, p) => `${from} to ${to}: ${p}`,
  channelHeader: 'Channel',
  legendEstimate: 'Estimate',
  legendUncertain: 'Uncertain',
  legendInterval: (confidence) => `${pct(confidence)} interval`,
  warning: (text) => text.charAt(0).toUpperCase() + text.slice(1),
};
