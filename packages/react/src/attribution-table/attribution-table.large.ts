import type {
  AttributionResult,
  CampaignReturn,
  Credit,
  DealAttribution,
  ModelComparison,
  RollupRow,
} from '@closedloop/core';
import { fromUnits } from './decimal';

/** Options of {@link largeComparison}. */
export interface LargeOptions {
  /** Campaign rows. */
  campaigns: number;
  /** Models side by side. */
  models: number;
  /** Deals credited to the first campaign (the one a benchmark opens). */
  dealsOfFirst: number;
  /** Deals beyond those, each crediting a few random campaigns. */
  otherDeals: number;
}

const CHANNELS = [
  'paid_search',
  'email',
  'events',
  'content',
  'paid_social',
  'webinar',
  'partner',
] as const;

/**
 * A large, internally consistent comparison for stress stories and the Chromium benchmark:
 * `campaigns` campaigns, each model crediting every deal's touches with its own weights, rollups
 * and totals summed from the credits in cents (so every column reconciles exactly). Seeded
 * (mulberry32), so every run draws the same data. Not a model of real attribution.
 */
export function largeComparison(options: LargeOptions, seed = 7): ModelComparison {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const campaignIds = Array.from(
    { length: options.campaigns },
    (_, i) => `c${String(i).padStart(5, '0')}`,
  );
  const channelOf = (i: number) => CHANNELS[i % CHANNELS.length] as (typeof CHANNELS)[number];
  // Each deal: amount in cents and 2–5 touches on campaigns (the first campaign for the first deals).
  const dealCount = options.dealsOfFirst + options.otherDeals;
  const deals = Array.from({ length: dealCount }, (_, d) => {
    const touches = 2 + Math.floor(random() * 4);
    return {
      id: `d${String(d).padStart(6, '0')}`,
      cents: 100_000 + Math.floor(random() * 20_000_000),
      touches: Array.from({ length: touches }, (_, t) =>
        d < options.dealsOfFirst && t === 0 ? 0 : Math.floor(random() * options.campaigns),
      ),
    };
  });
  const labels = ['W-shaped', 'Linear', 'First touch', 'Time decay', 'U-shaped'];
  const results: AttributionResult[] = [];
  for (let m = 0; m < options.models; m++) {
    const values = new Float64Array(options.campaigns);
    const credit = new Float64Array(options.campaigns);
    const touchCount = new Int32Array(options.campaigns);
    const dealSeen = new Int32Array(options.campaigns).fill(-1);
    const dealCounts = new Int32Array(options.campaigns);
    let total = 0;
    const dealResults: DealAttribution[] = deals.map((deal, d) => {
      const n = deal.touches.length;
      // Model m: weights tilt towards touch m % n, so the models disagree.
      const raw = deal.touches.map((_, t) => (t === m % n ? 3 : 1));
      const sum = raw.reduce((a, b) => a + b, 0);
      let left = deal.cents;
      const credits: Credit[] = deal.touches.map((campaign, t) => {
        const part = t === n - 1 ? left : Math.floor((deal.cents * (raw[t] as number)) / sum);
        left -= part;
        const weight = (raw[t] as number) / sum;
        values[campaign] = (values[campaign] as number) + part;
        credit[campaign] = (credit[campaign] as number) + weight;
        touchCount[campaign] = (touchCount[campaign] as number) + 1;
        if (dealSeen[campaign] !== d) {
          dealSeen[campaign] = d;
          dealCounts[campaign] = (dealCounts[campaign] as number) + 1;
        }
        const amount = fromUnits(BigInt(part), 2);
        return {
          dealId: deal.id,
          touchId: `${deal.id}-t${t}`,
          personId: null,
          occurredAt: new Date(Date.UTC(2026, 0, 1 + t * 3 + (d % 60))).toISOString(),
          channel: channelOf(campaign),
          campaignId: campaignIds[campaign] as string,
          type: 'form_submission',
          origin: 'online',
          title: null,
          weight,
          amount,
          reportingAmount: amount,
          position: t === m % n ? 'first-touch' : 'middle',
          explanation: `${labels[m % labels.length]}: ${t === m % n ? 'anchor' : 'middle touch'} — ${Math.round(weight * 1000) / 10}%`,
        };
      });
      total += deal.cents;
      const value = fromUnits(BigInt(deal.cents), 2);
      return {
        dealId: deal.id,
        dealName: `Deal ${d}`,
        convertedAt: new Date(Date.UTC(2026, 2, 1 + (d % 28))).toISOString(),
        amount: value,
        currency: 'USD',
        reportingAmount: value,
        journeyLength: n,
        unattributed: null,
        pendingWeight: 0,
        pendingAmount: '0.00',
        pendingReportingAmount: '0.00',
        anchors: [],
        credits,
        excluded: [],
      };
    });
    const byCampaign: RollupRow[] = campaignIds
      .map((key, i) => ({
        key,
        label: `Campaign ${i} — ${channelOf(i)}`,
        value: fromUnits(BigInt(values[i] as number), 2),
        credit: credit[i] as number,
        deals: dealCounts[i] as number,
        touches: touchCount[i] as number,
      }))
      .filter((row) => row.touches > 0);
    const campaigns: CampaignReturn[] = campaignIds.map((campaignId, i) => {
      const cost = i % 5 === 4 ? null : 50_000 + ((i * 7919) % 5_000_000);
      const attributed = values[i] as number;
      return {
        campaignId,
        name: `Campaign ${i} — ${channelOf(i)}`,
        channel: channelOf(i),
        attributed: fromUnits(BigInt(attributed), 2),
        cost: cost === null ? null : fromUnits(BigInt(cost), 2),
        roi: cost === null ? null : (attributed - cost) / cost,
        roas: cost === null ? null : attributed / cost,
      };
    });
    const totalText = fromUnits(BigInt(total), 2);
    results.push({
      model: 'w-shaped',
      preset: null,
      label: labels[m % labels.length] as string,
      additive: true,
      options: { teamBy: 'touch', channelTeams: {} } as unknown as AttributionResult['options'],
      currency: 'USD',
      totals: {
        deals: dealCount,
        attributedDeals: dealCount,
        unattributedDeals: 0,
        value: totalText,
        attributedValue: totalText,
        unattributedValue: '0.00',
        pendingValue: '0.00',
      },
      deals: dealResults,
      unattributed: { deals: 0, value: '0.00', byReason: [] },
      rollups: {
        byChannel: [],
        byCampaign,
        byTouchType: [],
        byContent: [],
        byMonth: [],
        byTeam: [],
      },
      campaigns,
      sourced: null,
      findings: [],
    });
  }
  const totalText = results[0]?.totals.value ?? '0.00';
  return {
    currency: 'USD',
    total: totalText,
    models: results.map((r) => ({
      label: r.label,
      model: r.model,
      preset: null,
      additive: true,
      total: r.totals.value,
      attributed: r.totals.attributedValue,
      unattributed: '0.00',
      reconciles: true,
    })),
    channels: [],
    deltas: [],
    results,
  };
}
