import type { UnattributedReason } from '@closedloop/core';
import { defaultStateLabels, type StateLabels } from '../kit';
import type { AttributionDimension } from './dimension';

/** The metrics a model's column group can show. */
export type AttributionMetric =
  | 'value'
  | 'share'
  | 'credit'
  | 'deals'
  | 'touches'
  | 'cost'
  | 'roi'
  | 'roas';

/** Every word the attribution table shows, overridable for translation. */
export interface AttributionTableLabels extends StateLabels {
  /** Row picker options: "Campaigns", "Channels" … */
  dimensions: Record<AttributionDimension, string>;
  /** Heading of the first column for each dimension ("Campaign", "Channel" …). */
  rowHeader: Record<AttributionDimension, string>;
  /** Column headings. */
  metrics: Record<AttributionMetric, string>;
  /** A metric in words, for tooltips and the column menu. */
  metricHelp: Record<AttributionMetric, string>;
  rowsLabel: string;
  groupByChannel: string;
  search: string;
  searchPlaceholder: string;
  columns: string;
  modelsLegend: string;
  metricsLegend: string;
  exportCsv: string;
  /** The "not attributed" row. */
  notAttributed: string;
  /** Its pending part. */
  pending: string;
  total: string;
  noCampaign: string;
  untitled: string;
  unknownTeam: string;
  /** Why a deal got no credit. */
  reasons: Record<UnattributedReason, string>;
  /** "Pending 22.5%": a deal's share waiting for a milestone. */
  pendingShare: (percent: string) => string;
  /** "12 of 59 campaigns" when a filter hides rows. */
  shown: (shown: number, total: number, dimension: string) => string;
  noMatch: (query: string) => string;
  /** The footnote when every column reconciles. */
  reconciled: (total: string) => string;
  /** The footnote naming a column that does not add up. */
  notReconciled: (model: string, difference: string) => string;
  /** Footnote for participation: rows add up to more than the deals by design. */
  notAdditive: (model: string) => string;
  /** A deal row's sub-line: its conversion date and value. */
  dealLine: (date: string, value: string | null) => string;
  /** A touch row's descriptor: date, type, title. */
  touchLine: (date: string, type: string, title: string | null) => string;
  /** Under a row whose deals cannot be listed exactly. */
  incomplete: string;
  /** Group row: "12 campaigns". */
  groupCount: (count: number) => string;
  /** Campaigns with no cost recorded. */
  noCost: string;
  /** ROI and ROAS without a cost above zero. */
  noRatio: string;
  /** The live announcement after sorting. */
  sortedBy: (column: string, descending: boolean) => string;
  /** The tooltip's formula lines. */
  formulas: {
    value: (deals: number) => string;
    share: string;
    roi: string;
    roas: string;
    credit: string;
  };
  /** Accessible hint on a sortable header. */
  sortHint: string;
}

/** English defaults of `AttributionTableLabels`. */
export const defaultAttributionTableLabels: AttributionTableLabels = {
  ...defaultStateLabels,
  loading: 'Loading attribution…',
  empty: 'No converted deals to attribute.',
  error: 'Attribution could not be loaded.',
  dimensions: {
    campaign: 'Campaigns',
    channel: 'Channels',
    touchType: 'Touch types',
    content: 'Content',
    team: 'Teams',
  },
  rowHeader: {
    campaign: 'Campaign',
    channel: 'Channel',
    touchType: 'Touch type',
    content: 'Content',
    team: 'Team',
  },
  metrics: {
    value: 'Revenue',
    share: 'Share',
    credit: 'Deals',
    deals: 'Deals touched',
    touches: 'Touches',
    cost: 'Cost',
    roi: 'ROI',
    roas: 'ROAS',
  },
  metricHelp: {
    value: 'Attributed revenue',
    share: 'Share of all converted revenue',
    credit: 'Fractional deals: the credit shares added up',
    deals: 'Distinct deals with some credit',
    touches: 'Credited touches',
    cost: 'Campaign cost',
    roi: 'Return on investment',
    roas: 'Return on ad spend',
  },
  rowsLabel: 'Rows',
  groupByChannel: 'Group by channel',
  search: 'Filter rows',
  searchPlaceholder: 'Filter…',
  columns: 'Columns',
  modelsLegend: 'Models',
  metricsLegend: 'Metrics',
  exportCsv: 'Export CSV',
  notAttributed: 'Not attributed',
  pending: 'Pending a milestone',
  total: 'Total',
  noCampaign: 'No campaign',
  untitled: 'Untitled',
  unknownTeam: 'Unknown team',
  reasons: {
    'no-contacts': 'No contacts on the deal',
    'no-touches': 'No touches',
    'all-touches-excluded': 'Every touch excluded',
    'no-anchor-resolved': 'No touch holds an anchor',
    'all-direct': 'Only direct touches',
    'zero-role-weights': 'Every contact role weighs 0',
  },
  pendingShare: (percent) => `${percent} pending`,
  shown: (shown, total, dimension) => `${shown} of ${total} ${dimension.toLowerCase()}`,
  noMatch: (query) => `No rows match “${query}”.`,
  reconciled: (total) => `Every column adds up to ${total}, not attributed included.`,
  notReconciled: (model, difference) => `${model} does not add up: off by ${difference}.`,
  notAdditive: (model) =>
    `${model} gives every channel that took part full credit, so its rows add up to more than the total.`,
  dealLine: (date, value) => (value ? `${date} · deal ${value}` : date),
  touchLine: (date, type, title) => [date, type, title].filter(Boolean).join(' · '),
  incomplete:
    'These deals may not add up to the row: a touch’s team comes from its owner, which the result does not list.',
  groupCount: (count) => `${count} ${count === 1 ? 'campaign' : 'campaigns'}`,
  noCost: 'no cost recorded',
  noRatio: 'no cost above zero',
  sortedBy: (column, descending) =>
    `Sorted by ${column}, ${descending ? 'descending' : 'ascending'}`,
  formulas: {
    value: (deals) => `Sum of the credits of ${deals} ${deals === 1 ? 'deal' : 'deals'}`,
    share: 'Revenue ÷ all converted revenue',
    roi: '(Revenue − cost) ÷ cost',
    roas: 'Revenue ÷ cost',
    credit: 'Sum of credit shares (1 = one whole deal)',
  },
  sortHint: 'Press Enter to sort',
};
