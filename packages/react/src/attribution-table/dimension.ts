import type { AttributionResult, Credit, RollupRow } from '@closedloop/core';

/** What the rows of an attribution table stand for: one `Rollups` dimension. */
export type AttributionDimension = 'channel' | 'campaign' | 'touchType' | 'content' | 'team';

/** Every dimension, in the order a picker lists them. */
export const ATTRIBUTION_DIMENSIONS: readonly AttributionDimension[] = [
  'campaign',
  'channel',
  'touchType',
  'content',
  'team',
];

/** Rollup keys core uses for credits without a campaign or a title. */
export const NO_CAMPAIGN_KEY = '(no campaign)';
export const UNTITLED_KEY = '(untitled)';

/** The rollup rows of one dimension of a result. */
export function rollupRows(
  result: AttributionResult,
  dimension: AttributionDimension,
): RollupRow[] {
  const rollups = result.rollups;
  switch (dimension) {
    case 'channel':
      return rollups.byChannel;
    case 'campaign':
      return rollups.byCampaign;
    case 'touchType':
      return rollups.byTouchType;
    case 'content':
      return rollups.byContent;
    case 'team':
      return rollups.byTeam;
  }
}

/**
 * The key of a credit in a dimension, as core's rollups key it, or null when the credit does
 * not carry it: a touch's team comes from its owner (`custom.ownerId`), which credits do not
 * hold, so team keys follow `channelTeams` and the drill-down checks its sum against the row.
 */
export function creditKeyOf(
  dimension: AttributionDimension,
  options: AttributionResult['options'],
): ((credit: Credit) => string) | null {
  switch (dimension) {
    case 'channel':
      return (credit) => credit.channel;
    case 'campaign':
      return (credit) => credit.campaignId ?? NO_CAMPAIGN_KEY;
    case 'touchType':
      return (credit) => credit.type;
    case 'content':
      return (credit) => credit.title ?? UNTITLED_KEY;
    case 'team': {
      if (options.teamBy === 'deal-owner') return null;
      const teams = options.channelTeams as Readonly<Record<string, string | undefined>>;
      return (credit) => teams[credit.channel] ?? 'marketing';
    }
  }
}
