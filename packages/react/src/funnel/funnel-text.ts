import { CHANNEL_LABELS, type FunnelResult } from '@closedloop/core';
import type { StateLabels } from '../kit';

/** Every word the funnel shows, overridable for translation. */
export interface FunnelLabels extends StateLabels {
  /** Column header of the stage names. */
  stage: string;
  /** Column header and tooltip row of the count. */
  reached: string;
  /** Tooltip row: records that did not go on from the previous stage. */
  dropped: string;
  /** Column header and tooltip row of the stage-to-stage rate. */
  fromPrevious: string;
  /** Column header and tooltip row of the from-start rate. */
  fromStart: string;
  /** Column header of the median time in stage. */
  medianTime: string;
  /** Table header of the P90 time in stage. */
  p90Time: string;
  /** Table header and tooltip row of the records still in the stage (censored). */
  stillInStage: string;
  /** Table header and tooltip row of skipped-stage records. */
  skipped: string;
  /** Table header and tooltip row of records that moved back. */
  movedBack: string;
  /** The line under each bar: `↓ 42% of previous · 18% of start`. */
  rates: (fromPrevious: string, fromStart: string) => string;
  /** Tooltip: time in stage, `median 4.2 days · P90 12 days (38 advanced)`. */
  time: (median: string, p90: string, advanced: number) => string;
  /** Tooltip: censored records, `12 still in stage, median age 9 days`. */
  censored: (count: number, medianAge: string) => string;
  /** Names of channels when the result is split by channel; default core's `CHANNEL_LABELS`. */
  channels: Readonly<Partial<Record<string, string>>>;
  /** Name of the overall funnel panel when no `label` is given. */
  overall: string;
  /** The counting rule under the chart; default the result's own words. */
  countingRule: (result: FunnelResult) => string;
  /** Note when records were left out or flagged, from `result.quality`. */
  notCounted: (count: number) => string;
  /** The empty state naming the scope: `No leads entered 1 Jul – 30 Sep`. */
  emptyScope: (firstStage: string, start: string, end: string) => string;
}

/** English defaults of `FunnelLabels`. */
export const defaultFunnelLabels: FunnelLabels = {
  loading: 'Loading the funnel…',
  empty: 'No records in this funnel.',
  error: 'The funnel could not be loaded.',
  retry: 'Try again',
  showData: 'Show data',
  stage: 'Stage',
  reached: 'Reached',
  dropped: 'Dropped off',
  fromPrevious: 'Of previous',
  fromStart: 'Of start',
  medianTime: 'Median time',
  p90Time: 'P90 time',
  stillInStage: 'Still in stage',
  skipped: 'Skipped this stage',
  movedBack: 'Moved back',
  rates: (fromPrevious, fromStart) => `↓ ${fromPrevious} of previous · ${fromStart} of start`,
  time: (median, p90, advanced) => `median ${median} · P90 ${p90} (${advanced} advanced)`,
  censored: (count, medianAge) => `${count} still in stage, median age ${medianAge}`,
  channels: CHANNEL_LABELS,
  overall: 'All records',
  countingRule: (result) =>
    [result.rules.text.counting, result.rules.text.skipped, result.rules.text.backward].join(' '),
  notCounted: (count) =>
    `${count} ${count === 1 ? 'record was' : 'records were'} flagged or left out; see the data-quality findings.`,
  emptyScope: (firstStage, start, end) => `No ${firstStage} records entered ${start} – ${end}.`,
};
