import type { PathAttribution, PathChannelCredit } from '@closedloop/core';

/** What the bars measure. */
export type InfluenceMeasure = 'share' | 'conversions' | 'value';

/** One channel's bar with its interval. */
export interface InfluenceBar {
  channel: string;
  /** The measured figure: share of conversions (0–1), credited conversions or value. */
  value: number;
  /** Bootstrap interval of the figure, or null without `bootstrap`. */
  low: number | null;
  high: number | null;
  /** Markov removal effect (0–1), when the model is Markov. */
  removalEffect: number | null;
  /** Shapley value, when the model is Shapley. */
  shapleyValue: number | null;
  /** Credited conversions (for the words under small samples). */
  conversions: number;
  /** Why the figure is uncertain, or null: its interval reaches zero, or few conversions. */
  uncertain: 'crosses-zero' | 'small-sample' | null;
  /** The input row. */
  credit: PathChannelCredit;
}

/** The bars and the value-axis domain they need (zero always included). */
export interface InfluenceBars {
  bars: InfluenceBar[];
  domain: [number, number];
  /** The figure each channel's bar carries beside the measure. */
  metric: 'removal-effect' | 'shapley' | null;
  /** True when the whole fit rests on fewer conversions than `minConversions`. */
  smallSample: boolean;
}

/** Options of `influenceBars`. */
export interface InfluenceBarsOptions {
  measure?: InfluenceMeasure;
  /** Below this many conversions in total the whole fit is a small sample; default 100 (core's). */
  minConversions?: number;
  /** Below this many credited conversions a channel's bar is hatched; default 10. */
  minChannelConversions?: number;
}

/**
 * Bars of a path-level fit (`attributePaths`, or `AttributionResult.dataDriven`), sorted from
 * the largest figure down. The share is the channel's credited conversions over the total —
 * for Markov the normalised removal effect, for Shapley its share of the value — and its
 * interval the bootstrap interval of the credited conversions over the same total. A bar is
 * uncertain when its interval reaches zero or it rests on few conversions.
 */
export function influenceBars(
  result: PathAttribution,
  options: InfluenceBarsOptions = {},
): InfluenceBars {
  const { measure = 'share', minConversions = 100, minChannelConversions = 10 } = options;
  const totalConversions = result.totals.conversions;
  const smallSample = totalConversions < minConversions;
  const scaleOf = (credit: PathChannelCredit) => {
    if (measure === 'value') return { figure: credit.value, interval: credit.intervals?.value };
    const interval = credit.intervals?.conversions;
    if (measure === 'conversions') return { figure: credit.conversions, interval };
    const total = totalConversions > 0 ? totalConversions : 1;
    return {
      figure: credit.conversions / total,
      interval: interval ? { low: interval.low / total, high: interval.high / total } : undefined,
    };
  };
  let lo = 0;
  let hi = 0;
  const bars = result.channels.map((credit): InfluenceBar => {
    const { figure, interval } = scaleOf(credit);
    const low = interval ? Math.min(interval.low, figure) : null;
    const high = interval ? Math.max(interval.high, figure) : null;
    lo = Math.min(lo, figure, low ?? 0);
    hi = Math.max(hi, figure, high ?? 0);
    const crosses = low !== null && high !== null && low <= 0 && high >= 0 && figure !== 0;
    return {
      channel: credit.channel,
      value: figure,
      low,
      high,
      removalEffect: credit.removalEffect ?? null,
      shapleyValue: credit.shapleyValue ?? null,
      conversions: credit.conversions,
      // A small fit overall is said once, in words; a bar is hatched for its own doubt.
      uncertain: crosses
        ? 'crosses-zero'
        : credit.conversions < minChannelConversions
          ? 'small-sample'
          : null,
      credit,
    };
  });
  bars.sort((a, b) => b.value - a.value || (a.channel < b.channel ? -1 : 1));
  const metric = result.markov ? 'removal-effect' : result.shapley ? 'shapley' : null;
  return { bars, domain: [lo, hi > lo ? hi : lo + 1], metric, smallSample };
}
