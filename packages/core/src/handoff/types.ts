import type { HandoffQualityCode } from '../lead-timeline/quality';
import type { Fate } from '../lead-timeline/types';
import type { Money } from '../model/primitives';
import type { Channel } from '../model/vocabulary';
import type { PeriodBounds } from '../options/period-bounds';
import type { QualityFinding } from '../quality/quality-finding';

/** How many MQL episodes ended in each fate; the fates partition `mqls`. */
export interface FateCounts {
  mqls: number;
  byFate: Record<Fate, number>;
  /** recycled + disqualified: every rejection carries its reason (see `sales.byReason`). */
  rejected: number;
  /** Episodes ever accepted (SAL or later), whatever came after. */
  everAccepted: number;
  /** Recycled episodes, and how many of them came back as a new MQL by `asOf`. */
  recycledReMql: { recycled: number; cameBack: number; rate: number | null };
}

/** A node of the hand-off flow. Layers: 0 sources, 1 MQL, 2 first outcome, 3 after acceptance, 4 deal. */
export interface FlowNode {
  id: string;
  label: string;
  layer: number;
}

/** A link of the hand-off flow: `value` MQL episodes went from `source` to `target`. */
export interface FlowLink {
  source: string;
  target: string;
  value: number;
}

/**
 * The hand-off as a flow, ready for a Sankey: source channel → MQL → accepted, recycled,
 * disqualified, pending or never worked → (after acceptance) opportunity, recycled,
 * disqualified or accepted without opportunity yet → won, lost or open. Every episode takes
 * exactly one path, so each intermediate node's inflow equals its outflow and the terminal
 * nodes add up to the MQLs.
 */
export interface HandoffFlow {
  nodes: FlowNode[];
  links: FlowLink[];
}

/** Outcome figures of a group of MQL episodes (a campaign, a channel, an owner). */
export interface GroupOutcome {
  mqls: number;
  byFate: Record<Fate, number>;
  /** Ever accepted (SAL or later). */
  accepted: number;
  /** Became an opportunity (open, lost or won). */
  opportunities: number;
  won: number;
  acceptanceRate: number | null;
  opportunityRate: number | null;
  /** Median speed to lead (MQL → first human touch) in business minutes, touched episodes only. */
  medianSpeedToLeadMinutes: number | null;
}

/** Marketing's row: what happened to the MQLs one campaign (or channel) sent. */
export interface SourceRow extends GroupOutcome {
  /** Campaign id, or the channel for channel rows; null when the MQL has no campaign. */
  key: string | null;
  label: string;
  channel: Channel;
}

/** Sales' row: the MQLs one owner was assigned and what became of them. */
export interface OwnerRow extends GroupOutcome {
  /** The assignee (first sales owner); null for episodes never assigned. */
  ownerId: string | null;
  name: string;
  active: boolean | null;
  /** Median owner delay (assignment → first human touch), business minutes. */
  medianOwnerDelayMinutes: number | null;
  /** Rejections by reason (`(no reason)` when none was given). */
  rejectionsByReason: Record<string, number>;
}

/** Sales' reasons: how many MQLs were rejected with each reason, and how many came back. */
export interface ReasonRow {
  kind: 'recycled' | 'disqualified';
  /** The disposition reason; null when none was given. */
  reason: string | null;
  count: number;
  /** Share of all rejections. */
  share: number;
  /** Of these, how many came back as a new MQL by `asOf`. */
  cameBackAsMql: number;
}

/** Conversion of one group of MQLs within one response band. */
export interface BandCell {
  band: string;
  mqls: number;
  converted: number;
  rate: number | null;
}

/**
 * Lead quality versus follow-up quality: conversion to opportunity by source channel at equal
 * speed-to-lead bands (business time; `not touched` for episodes with no human touch). A
 * source that converts worse within every band sends weaker leads; a band that converts worse
 * for every source is slower follow-up. `standardizedRate` weights a source's band rates by
 * the band mix of all MQLs (over the bands where the source has MQLs, weights renormalized),
 * so sources compare as if they had been followed up alike.
 */
export interface MatchedComparison {
  outcome: 'opportunity';
  bands: string[];
  byBand: BandCell[];
  bySource: {
    channel: Channel;
    mqls: number;
    converted: number;
    rate: number | null;
    standardizedRate: number | null;
    byBand: BandCell[];
  }[];
}

/** One MQL episode as both teams can open it, with the evidence. */
export interface LedgerRow {
  episodeId: string;
  personId: string;
  personName: string;
  leadId: string | null;
  /** 1 for the person's first MQL, 2 for the first re-MQL … */
  number: number;
  previousEpisodeId: string | null;
  nextEpisodeId: string | null;
  mqlAt: string;
  campaignId: string | null;
  campaignName: string | null;
  channel: Channel;
  assignedAt: string | null;
  assigneeId: string | null;
  /** The owner at `asOf` (or when the next MQL began). */
  ownerId: string | null;
  ownerName: string | null;
  firstTouchAt: string | null;
  firstTouchActivityId: string | null;
  attempts: number;
  contactAt: string | null;
  acceptedAt: string | null;
  rejection: {
    kind: 'recycled' | 'disqualified';
    reason: string | null;
    status: string | null;
    at: string;
  } | null;
  opportunity: {
    dealId: string | null;
    at: string | null;
    status: 'open' | 'won' | 'lost';
    closedAt: string | null;
    amount: Money | null;
  } | null;
  fate: Fate;
  /** Business minutes (see `EpisodeDelays`); null while still waiting. */
  routingDelayMinutes: number | null;
  ownerDelayMinutes: number | null;
  speedToLeadMinutes: number | null;
}

/** What `handoff` returns: plain JSON. */
export interface HandoffResult {
  asOf: string;
  /** The MQL cohort: episodes whose MQL falls in the period; null for all up to `asOf`. */
  period: Omit<PeriodBounds, 'startMs' | 'endMs'> | null;
  rules: {
    neverWorkedAfter: { days: number } | { businessHours: number };
    businessHours: {
      timeZone: string;
      weekdays: number[];
      start: string;
      end: string;
      holidays: string[];
    };
  };
  counts: FateCounts;
  flow: HandoffFlow;
  marketing: { byCampaign: SourceRow[]; byChannel: SourceRow[] };
  sales: { byOwner: OwnerRow[]; byReason: ReasonRow[] };
  matched: MatchedComparison;
  /** Every episode of the cohort, by MQL time (ties by id). */
  ledger: LedgerRow[];
  quality: QualityFinding<HandoffQualityCode>[];
}
