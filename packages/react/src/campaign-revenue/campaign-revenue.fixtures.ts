import type { AttributionResult, CampaignReturn } from '@closedloop/core';
import { eurResult, sampleResult } from '../attribution-table/attribution-table.fixtures';

/** W-shaped on the sample: every campaign with its cost (some without, some spending for nothing). */
export function sampleRevenue(): AttributionResult {
  return sampleResult();
}

/** The same in euros. */
export function euroRevenue(): AttributionResult {
  return eurResult();
}

/** Eight hand-made campaigns: a loss, a campaign without cost, a zero-revenue spend. */
export function smallCampaigns(): CampaignReturn[] {
  const row = (
    id: string,
    name: string,
    channel: CampaignReturn['channel'],
    attributed: string,
    cost: string | null,
  ): CampaignReturn => {
    const a = Number(attributed);
    const c = cost === null ? null : Number(cost);
    return {
      campaignId: id,
      name,
      channel,
      attributed,
      cost,
      roi: c !== null && c > 0 ? (a - c) / c : null,
      roas: c !== null && c > 0 ? a / c : null,
    };
  };
  return [
    row('c1', 'Google Ads — Brand', 'paid_search', '310072.77', '77702.95'),
    row('c2', 'LinkedIn — Q3 ABM', 'paid_social', '120000.00', '150000.00'),
    row('c3', 'Partner webinar series', 'webinar', '95000.50', null),
    row('c4', 'Trade show — SaaStr', 'events', '0.00', '42000.00'),
    row('c5', 'Nurture — Welcome series', 'email', '233000.00', '5604.06'),
    row('c6', 'Display retargeting', 'display', '18000.00', '21000.00'),
  ];
}
