/** One aggregated channel path, as analytics tools export them. */
export interface PathRow {
  /** The channels of the journey in order (repeats allowed). */
  path: readonly string[];
  /** Journeys with this path that converted. */
  conversions: number;
  /** Conversion value of those journeys, in total. */
  value: number;
  /** Journeys with this path that did not convert. */
  nulls: number;
}

/** A bootstrap interval for one figure. */
export interface Interval {
  /** Lower bound (the `(1 − confidence)/2` quantile of the bootstrap replicates). */
  low: number;
  /** Upper bound (the `(1 + confidence)/2` quantile). */
  high: number;
}

/** One channel's credit under a path-level model. */
export interface PathChannelCredit {
  channel: string;
  /** Conversions credited to the channel; channels sum to the total conversions. */
  conversions: number;
  /** Conversion value credited to the channel; channels sum to the total value. */
  value: number;
  /** Markov only: `1 − P(conversion | channel removed) / P(conversion)`, in [0, 1]. */
  removalEffect?: number;
  /** Shapley only: the channel's Shapley value under the chosen value function. */
  shapleyValue?: number;
  /** Ordered Shapley only: credited conversions by the position the channel was touched at. */
  byPosition?: number[];
  /** With `bootstrap`: intervals for the credited conversions and value. */
  intervals?: { conversions: Interval; value: Interval };
}

/** One transition of a fitted Markov chain, for display. */
export interface MarkovTransition {
  /** `(start)`, a channel, or for order k > 1 up to k channels joined by ` > `. */
  from: string;
  /** A state as `from`, or `(conversion)` / `(null)`. */
  to: string;
  probability: number;
}

/** What a Markov fit explains beside the credits. */
export interface MarkovDetail {
  order: number;
  /** `P(conversion)` from the start state; equals Σconversions / (Σconversions + Σnulls). */
  conversionProbability: number;
  /** Every transition with a non-zero probability, sorted by from, then to. */
  transitions: MarkovTransition[];
  /** Transient states (order > 1: k-grams), `(start)` first. */
  states: string[];
  /** `exact` (fundamental matrix) or `iterative` (sparse Gauss–Seidel to machine precision). */
  solver: 'exact' | 'iterative';
}

/** The result of `attributePaths`: per channel credits and the totals they sum to. */
export interface PathAttribution {
  model: string;
  /** Channels sorted by credited conversions (descending), then name. */
  channels: PathChannelCredit[];
  totals: { conversions: number; value: number; nulls: number; paths: number };
  /** Markov only. */
  markov?: MarkovDetail;
  /** Shapley only: how the values were computed. */
  shapley?: {
    method: 'exact' | 'simplified' | 'ordered' | 'sampled';
    valueFunction: string;
    samples?: number;
  };
  /** With `bootstrap`: how the intervals were drawn. */
  bootstrap?: { samples: number; seed: number; confidence: number };
  /** Sample-size and data warnings in words. */
  warnings: string[];
}
