import type { Channel, Team, TouchOrigin, TouchpointType } from '../model/vocabulary';
import type { AttributionMilestone } from './milestones';
import type { AttributionModelName } from './models/names';
import type { ResolvedAttributionOptions, SourcedRule } from './options';
import type { PathAttribution } from './paths/types';
import type { AttributionPresetName } from './presets';

/** Why a touch of a deal's contacts (or account) was left out of its journey. */
export type ExclusionReason =
  | 'deleted'
  | 'duplicate'
  | 'filtered-type'
  | 'filtered-channel'
  | 'filtered-origin'
  | 'after-conversion'
  | 'outside-lookback'
  | 'zero-role-weight';

/**
 * The part a touch plays in a model: an anchor (or several that coincide), a middle touch,
 * or a touch the model gives no credit (not eligible for middle credit, outside the span
 * between anchors, not the touch a single-touch model picks). Weight-based models (linear,
 * time decay, participation) use their own name.
 */
export type CreditPosition = string;

/** One touch's credit on one deal, with the rule that produced it in marketer words. */
export interface Credit {
  dealId: string;
  touchId: string;
  personId: string | null;
  /** The touch's time, as given. */
  occurredAt: string;
  channel: Channel;
  campaignId: string | null;
  type: TouchpointType;
  origin: TouchOrigin;
  /** The content asset (touch title), or null. */
  title: string | null;
  /** Share of the deal, 0–1. Participation gives every distinct value a full share. */
  weight: number;
  /** Credited amount in the deal's currency (decimal string), or null when the deal has none. */
  amount: string | null;
  /** Credited amount in the reporting currency, or null when the deal has no usable amount. */
  reportingAmount: string | null;
  /** Position key: `first-touch`, `lead-creation+opportunity-created`, `middle`, `linear`, … */
  position: CreditPosition;
  /** The rule in words: "W-shaped: lead-creation anchor — the last touch before … — 30%". */
  explanation: string;
}

/** A touch left out of a deal's journey, and why. */
export interface ExcludedTouch {
  dealId: string;
  touchId: string;
  reason: ExclusionReason;
  /** The reason in words: "after the deal was won on 2026-05-06". */
  explanation: string;
}

/** Where an anchor of the model landed on a deal. */
export interface ResolvedAnchor {
  milestone: AttributionMilestone;
  /** The anchor's share before any redistribution (0–1). */
  weight: number;
  /** The touch holding the anchor, or null when no touch qualifies. */
  touchId: string | null;
  /** The milestone's instant (ISO, UTC), or null when it has none. */
  at: string | null;
  /** The contact whose milestone or touch it is, when it is a contact's. */
  personId: string | null;
  /** Which touch it is, or why there is none, in words. */
  explanation: string;
}

/** Why a converted deal has no credited touch. */
export type UnattributedReason =
  | 'no-contacts'
  | 'no-touches'
  | 'all-touches-excluded'
  | 'no-anchor-resolved'
  | 'all-direct'
  | 'zero-role-weights';

/** The attribution of one converted deal. */
export interface DealAttribution {
  dealId: string;
  dealName: string | null;
  /** When the deal converted (ISO, UTC): won, created, or `asOf` for open pipeline. */
  convertedAt: string;
  /** The deal amount (decimal string) or null. */
  amount: string | null;
  /** The deal currency, or null. */
  currency: string | null;
  /** The deal amount in the reporting currency, or null. */
  reportingAmount: string | null;
  /** Touches credited (including zero credits); the journey, in time order. */
  journeyLength: number;
  /** Null when the deal has credit; otherwise why not (it is in the unattributed bucket). */
  unattributed: UnattributedReason | null;
  /** Share kept pending because a milestone is not reached yet (Marketo Measure style). */
  pendingWeight: number;
  /** The pending amount in the deal currency, or null. */
  pendingAmount: string | null;
  /** The pending amount in the reporting currency, or null. */
  pendingReportingAmount: string | null;
  anchors: ResolvedAnchor[];
  /** Every journey touch with its credit, in time order (empty with `detail: 'summary'`). */
  credits: Credit[];
  /** Every candidate touch left out, with why (empty with `detail: 'summary'`). */
  excluded: ExcludedTouch[];
}

/** One row of a rollup: credited value, fractional deal count and reach. */
export interface RollupRow {
  key: string;
  label: string;
  /** Credited value in the reporting currency (decimal string). */
  value: string;
  /** Sum of weights: deals credited to this row, fractionally. */
  credit: number;
  /** Distinct deals with some credit in this row. */
  deals: number;
  /** Touches with some credit in this row. */
  touches: number;
}

/** Credited value by every dimension. */
export interface Rollups {
  byChannel: RollupRow[];
  byCampaign: RollupRow[];
  byTouchType: RollupRow[];
  /** By content asset (the touch title). */
  byContent: RollupRow[];
  /** By month `YYYY-MM` of the conversion or the touch (see `monthBy`). */
  byMonth: RollupRow[];
  byTeam: RollupRow[];
}

/** A campaign's credited value against its cost. */
export interface CampaignReturn {
  campaignId: string;
  name: string;
  channel: Channel;
  /** Credited value in the reporting currency. */
  attributed: string;
  /** Cost in the reporting currency, or null when the campaign has none. */
  cost: string | null;
  /** (attributed − cost) / cost, or null without a cost above zero. */
  roi: number | null;
  /** attributed / cost, or null without a cost above zero. */
  roas: number | null;
}

/** Marketing-sourced versus marketing-influenced deals, under an explicit rule. */
export interface SourcedSummary {
  rule: SourcedRule;
  /** The rule in words. */
  explanation: string;
  marketingChannels: Channel[];
  sourced: { deals: number; value: string };
  influenced: { deals: number; value: string };
  /** Per deal: sourced or not, influenced or not, and why. */
  deals: Array<{ dealId: string; sourced: boolean; influenced: boolean; explanation: string }>;
}

/** Something in the data the run could not use as is. */
export interface AttributionFinding {
  code:
    | 'amount-without-currency'
    | 'deal-without-amount'
    | 'won-deal-without-close-time'
    | 'close-time-from-close-date'
    | 'deal-without-created-at'
    | 'deal-without-contacts'
    | 'unknown-contact'
    | 'campaign-cost-without-currency';
  severity: 'warning' | 'info';
  dealId: string | null;
  message: string;
}

/** The result of `attribute`: plain JSON. */
export interface AttributionResult {
  model: AttributionModelName;
  preset: AttributionPresetName | null;
  /** The model as named in explanations ("W-shaped", "Adobe Analytics U-shaped"). */
  label: string;
  /** Whether credits add up to the deal amounts (false for participation). */
  additive: boolean;
  /** The options that produced the result, after presets and defaults. */
  options: ResolvedAttributionOptions;
  /** Reporting currency of every rollup, or null when no deal has a usable amount. */
  currency: string | null;
  totals: {
    /** Deals converting under the run's conversion. */
    deals: number;
    attributedDeals: number;
    unattributedDeals: number;
    /** Value of all converting deals in the reporting currency. */
    value: string;
    /** Value credited to touches (participation: every distinct value counted in full). */
    attributedValue: string;
    /** Value of unattributed deals plus pending shares. */
    unattributedValue: string;
    pendingValue: string;
  };
  deals: DealAttribution[];
  /** The unattributed bucket: deals with no credited touch, counted and shown. */
  unattributed: {
    deals: number;
    value: string;
    byReason: Array<{ reason: UnattributedReason; deals: number; value: string }>;
  };
  rollups: Rollups;
  campaigns: CampaignReturn[];
  sourced: SourcedSummary | null;
  findings: AttributionFinding[];
  /**
   * Models `markov` and `shapley`: the fit over all journeys (won deals converting, lost
   * deals not) — per channel removal effect or Shapley value, credited conversions and value,
   * the transition matrix, bootstrap intervals and sample-size warnings.
   */
  dataDriven?: PathAttribution;
}

/** The team a rollup row stands for, or "unknown". */
export type TeamKey = Team | 'unknown';
