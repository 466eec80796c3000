import { bin } from 'd3-array';

/**
 * Bin edges in minutes on the log axis: the tick values of widgets.md (1, 5, 15 min, 1, 4 h,
 * 1, 5 d) with the steps between them, so bars are about equally wide on a log scale.
 */
export const DELAY_EDGES: readonly number[] = [
  1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880, 7200, 14400, 43200,
];

/** The axis ticks of the log duration axis, in minutes. */
export const DELAY_TICKS: readonly number[] = [1, 5, 15, 60, 240, 1440, 7200, 43200];

/** One bin of a delay histogram: values in `[from, to)`; the last bin is open. */
export interface DelayBin {
  /** Lower edge in minutes (0 for the first bin). */
  from: number;
  /** Upper edge in minutes (excluded); null for the open last bin. */
  to: number | null;
  count: number;
  /** count / all values; 0 when there are none. */
  share: number;
  /** The episodes in the bin, for `onSelect`. */
  ids: string[];
}

/** A delay of one episode, in minutes. */
export interface DelayValue {
  id: string;
  minutes: number;
}

/**
 * Counts delays into the fixed log-spaced bins of `DELAY_EDGES` with d3-array's `bin`:
 * `[0, 1)`, `[1, 2)` … and an open last bin. Every bin is returned, empty ones too, so the
 * histograms of one widget line up; negative delays count in the first bin.
 */
export function binDelays(values: readonly DelayValue[]): DelayBin[] {
  const last = DELAY_EDGES[DELAY_EDGES.length - 1] as number;
  let top = last;
  for (const value of values) if (value.minutes > top) top = value.minutes;
  const bins = bin<DelayValue, number>()
    .value((value) => Math.max(value.minutes, 0))
    .domain([0, top + 1])
    .thresholds([...DELAY_EDGES])(values as DelayValue[]);
  const total = values.length;
  return bins.map((b, i) => ({
    from: i === 0 ? 0 : (DELAY_EDGES[i - 1] as number),
    to: i < DELAY_EDGES.length ? (DELAY_EDGES[i] as number) : null,
    count: b.length,
    share: total === 0 ? 0 : b.length / total,
    ids: b.map((value) => value.id),
  }));
}
