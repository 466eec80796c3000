import { defaultStateLabels, type StateLabels } from '../kit';

/** The formatted facts of one row, handed to the label functions. */
export interface RevenueFacts {
  name: string;
  revenue: string;
  /** Null when no campaign of the row has a cost. */
  cost: string | null;
  roi: string;
  roas: string;
  /** Campaigns of a channel row without a cost (0 for a campaign). */
  withoutCost: number;
}

/** Every word `CampaignRevenue` shows, overridable for translation. */
export interface CampaignRevenueLabels extends StateLabels {
  campaign: string;
  channel: string;
  revenue: string;
  cost: string;
  roi: string;
  roas: string;
  /** The subtitle naming the model. */
  model: (model: string) => string;
  /** Marks a row without any cost. */
  noCost: string;
  /** A channel row with some campaigns lacking a cost. */
  partialCost: (count: number) => string;
  /** The ROAS = 1 line of the scatter. */
  breakEven: string;
  /** Axis note of the scatter's scales. */
  logScale: string;
  /** Under the scatter: the campaigns it cannot place. */
  notPlotted: (count: number, revenue: string) => string;
  /** The accessible name of a bar row or point. */
  markLabel: (facts: RevenueFacts) => string;
  /** Tooltip footers. */
  roiFormula: string;
  noCostHelp: string;
}

/** English defaults of `CampaignRevenueLabels`. */
export const defaultCampaignRevenueLabels: CampaignRevenueLabels = {
  ...defaultStateLabels,
  loading: 'Loading campaign revenue…',
  empty: 'No campaigns to compare.',
  error: 'Campaign revenue could not be loaded.',
  campaign: 'Campaign',
  channel: 'Channel',
  revenue: 'Revenue',
  cost: 'Cost',
  roi: 'ROI',
  roas: 'ROAS',
  model: (model) => `Attributed revenue under ${model}`,
  noCost: 'No cost',
  partialCost: (count) => `${count} without cost`,
  breakEven: 'ROAS = 1',
  logScale: 'log scale',
  notPlotted: (count, revenue) =>
    `${count} ${count === 1 ? 'campaign has' : 'campaigns have'} no cost and ${count === 1 ? 'is' : 'are'} not plotted (${revenue} revenue); see the data table.`,
  markLabel: (f) =>
    f.cost === null
      ? `${f.name}: revenue ${f.revenue}, no cost recorded`
      : `${f.name}: revenue ${f.revenue}, cost ${f.cost}, ROI ${f.roi}, ROAS ${f.roas}${f.withoutCost ? ` (${f.withoutCost} without cost)` : ''}`,
  roiFormula: 'ROI = (revenue − cost) ÷ cost · ROAS = revenue ÷ cost',
  noCostHelp: 'No cost recorded, so no ROI or ROAS',
};
