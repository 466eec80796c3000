import type { CampaignReturn, DealAttribution } from '@closedloop/core';
import { fromUnits, scaleOf, toUnits } from '../attribution-table/decimal';

/** What the rows stand for: campaigns, or channels (their campaigns summed). */
export type RevenueGrouping = 'campaign' | 'channel';

/** One bar row (or scatter point): revenue against cost. */
export interface RevenueRow {
  /** Campaign id, or the channel. */
  key: string;
  /** Campaign name, or the channel key (labelled by the widget). */
  label: string;
  channel: string;
  /** Attributed revenue (decimal string) and as a number. */
  attributed: string;
  revenue: number;
  /** Cost of the campaigns that have one (decimal string), or null when none has. */
  cost: string | null;
  spend: number | null;
  /** (revenue − cost) / cost and revenue / cost, or null without a cost above zero. */
  roi: number | null;
  roas: number | null;
  /** The campaigns behind the row, and how many of them have no cost. */
  campaignIds: string[];
  withoutCost: number;
}

function ratioOrNull(numerator: bigint, denominator: bigint | null): number | null {
  return denominator !== null && denominator > 0n ? Number(numerator) / Number(denominator) : null;
}

/**
 * Rows from core's `CampaignReturn`s, largest revenue first (then by key): per campaign as
 * given (ROI and ROAS as core computed them), or per channel with exact sums. A channel's
 * ROI and ROAS use the costs known: with some campaigns lacking a cost they overstate the
 * return, which `withoutCost` says.
 */
export function revenueRows(
  campaigns: readonly CampaignReturn[],
  grouping: RevenueGrouping,
): RevenueRow[] {
  const scale = campaigns.reduce(
    (max, c) => Math.max(max, scaleOf(c.attributed), c.cost ? scaleOf(c.cost) : 0),
    0,
  );
  let rows: RevenueRow[];
  if (grouping === 'campaign') {
    rows = campaigns.map((c) => ({
      key: c.campaignId,
      label: c.name,
      channel: c.channel,
      attributed: c.attributed,
      revenue: Number(c.attributed),
      cost: c.cost,
      spend: c.cost === null ? null : Number(c.cost),
      roi: c.roi,
      roas: c.roas,
      campaignIds: [c.campaignId],
      withoutCost: c.cost === null ? 1 : 0,
    }));
  } else {
    const byChannel = new Map<
      string,
      { revenue: bigint; cost: bigint | null; ids: string[]; without: number }
    >();
    for (const c of campaigns) {
      const entry = byChannel.get(c.channel) ?? { revenue: 0n, cost: null, ids: [], without: 0 };
      entry.revenue += toUnits(c.attributed, scale);
      if (c.cost === null) entry.without += 1;
      else entry.cost = (entry.cost ?? 0n) + toUnits(c.cost, scale);
      entry.ids.push(c.campaignId);
      byChannel.set(c.channel, entry);
    }
    rows = [...byChannel].map(([channel, e]) => ({
      key: channel,
      label: channel,
      channel,
      attributed: fromUnits(e.revenue, scale),
      revenue: Number(fromUnits(e.revenue, scale)),
      cost: e.cost === null ? null : fromUnits(e.cost, scale),
      spend: e.cost === null ? null : Number(fromUnits(e.cost, scale)),
      roi: e.cost === null ? null : ratioOrNull(e.revenue - e.cost, e.cost),
      roas: ratioOrNull(e.revenue, e.cost),
      campaignIds: e.ids,
      withoutCost: e.without,
    }));
  }
  return rows.sort((a, b) =>
    a.revenue !== b.revenue ? b.revenue - a.revenue : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

/** The deals credited to any of `campaignIds` (with weight), for `onSelect`. */
export function dealsOfCampaigns(
  deals: readonly DealAttribution[],
  campaignIds: readonly string[],
): string[] {
  const wanted = new Set(campaignIds);
  const out: string[] = [];
  for (const deal of deals) {
    if (
      deal.credits.some((c) => c.weight > 0 && c.campaignId !== null && wanted.has(c.campaignId))
    ) {
      out.push(deal.dealId);
    }
  }
  return out;
}
