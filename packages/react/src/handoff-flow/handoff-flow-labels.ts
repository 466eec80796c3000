import { CHANNEL_LABELS } from '@closedloop/core';
import { defaultStateLabels, type StateLabels } from '../kit';

/** Every word `HandoffFlow` shows, overridable for translation. */
export interface HandoffFlowLabels extends StateLabels {
  /** Names of the flow's nodes by id (`mql`, `accepted`, `never_worked` …); default the core's. */
  nodes: Readonly<Partial<Record<string, string>>>;
  /** Names of source channels (`paid_search` → "Paid search"); default the core's `CHANNEL_LABELS`. */
  channels: Readonly<Partial<Record<string, string>>>;
  /** The unit of a count, e.g. "412 MQLs". */
  mqls: (count: string) => string;
  /** Tooltip row: share of all MQLs. */
  shareOfMqls: string;
  /** Tooltip row: share of the link's source node, e.g. "Share of Accepted". */
  shareOf: (node: string) => string;
  /** Empty state naming the scope, e.g. "No MQLs 1 Jan–31 Mar"; `period` is null for "up to as of". */
  emptyScope: (period: string | null) => string;
  /** The accessible name of the flow chart (the Sankey or the bars). */
  flowName: (title: string) => string;
  /** Heading of the rejection-reason list. */
  reasonsTitle: string;
  /** The reason bar for rejections without a reason. */
  noReason: string;
  /** Kind of rejection beside a reason. */
  recycled: string;
  disqualified: string;
  /** Tooltip row: how many of a reason's leads came back as MQL. */
  cameBack: string;
  /** Tooltip row: share of all rejections. */
  shareOfRejections: string;
  /** Data table column headers. */
  from: string;
  to: string;
  count: string;
  /** Announced when the data changes, e.g. "222 MQLs, 44% accepted". */
  summary: (mqls: string, accepted: string) => string;
  /** Prefix of a step row in the narrow (bars) layout, e.g. "From MQL". */
  fromNode: (node: string) => string;
  /** The name of the sources step in the narrow layout. */
  sources: string;
}

/** English defaults of `HandoffFlowLabels`. */
export const defaultHandoffFlowLabels: HandoffFlowLabels = {
  ...defaultStateLabels,
  nodes: { accepted_no_opportunity: 'No opportunity yet' },
  channels: CHANNEL_LABELS,
  mqls: (count) => `${count} MQLs`,
  shareOfMqls: 'Share of all MQLs',
  shareOf: (node) => `Share of ${node}`,
  emptyScope: (period) => (period ? `No MQLs ${period}` : 'No MQLs yet'),
  flowName: (title) => `${title}: hand-off flow`,
  reasonsTitle: 'Why sales rejected MQLs',
  noReason: 'No reason given',
  recycled: 'Recycled',
  disqualified: 'Disqualified',
  cameBack: 'Came back as MQL',
  shareOfRejections: 'Share of rejections',
  from: 'From',
  to: 'To',
  count: 'MQLs',
  summary: (mqls, accepted) => `${mqls} MQLs, ${accepted} accepted`,
  fromNode: (node) => `From ${node}`,
  sources: 'Sources',
};
