import { timeZoneOffset } from '../time/zoned-midnight';
import {
  type AnchorDeal,
  type AnchorLookup,
  type AnchorPlacement,
  FORM_AND_CAMPAIGN_TYPES,
  placeAnchor,
} from './anchor-placement';
import type { ResolvedAttributionOptions } from './options';
import { type AnchorAllocation, allocateAnchors } from './rules/anchor-weights';
import { lastNonDirectPosition } from './rules/last-non-direct';
import { linearPerDistinctWeights, linearWeights } from './rules/linear';
import { participationWeights } from './rules/participation';
import { strengthWeights } from './rules/strength';
import { calendarGapDays, exactGapDays, timeDecayWeights } from './rules/time-decay';
import type { TouchIndex } from './touch-index';
import type { UnattributedReason } from './types';

/** What each model computed for one deal; explanations read the model-specific part. */
export type ModelDetail =
  | { kind: 'anchors'; allocation: AnchorAllocation; placements: AnchorPlacement[] }
  | { kind: 'time-decay'; gaps: number[]; raw: number[] }
  | { kind: 'linear' }
  | { kind: 'linear-per-channel'; keys: string[]; distinct: number; groupSize: number[] }
  | { kind: 'participation'; keys: string[]; groupSize: number[] }
  | { kind: 'last-non-direct'; position: number; allDirect: boolean }
  | {
      kind: 'markov' | 'shapley';
      keys: string[];
      /** The model's strength of each touch's channel (removal effect, Shapley value). */
      strength: number[];
      /** Σ strength over the deal's distinct channels (0: split evenly by channel). */
      total: number;
      distinct: number;
      groupSize: number[];
    };

/** A model's weights on one journey. */
export interface DealWeights {
  /** Weight of each journey touch, after contact-role weighting. */
  weights: number[];
  /** Weight of each touch before role weighting (equal to `weights` without roles). */
  modelWeights: number[];
  /** Share kept pending for milestones not reached (Marketo Measure style). */
  pending: number;
  /** The anchors' placements (empty for models without anchors). */
  placements: AnchorPlacement[];
  detail: ModelDetail;
  /** For participation: the group of each touch; money is split within each group. */
  groups: string[] | null;
}

/** The distinct-by key of a touch for linear-per-channel, participation and data-driven models. */
export function distinctKey(
  index: TouchIndex,
  i: number,
  by: ResolvedAttributionOptions['distinctBy'],
): string {
  const touch = index.touches[i];
  if (!touch) return '';
  if (by === 'campaign') return touch.campaignId ?? '(no campaign)';
  if (by === 'content') return touch.title ?? '(untitled)';
  return touch.channel;
}

function offsetOf(epochMs: number, timeZone: string): number {
  return timeZone === 'UTC' ? 0 : timeZoneOffset(epochMs, timeZone);
}

/**
 * Runs the model on one journey (touch indexes in time order) and applies contact-role
 * weights. Returns the reason the deal stays unattributed when the model credits no touch.
 * Data-driven models take their fitted channel strengths (null: even split by channel).
 */
export function dealWeights(
  index: TouchIndex,
  journey: readonly number[],
  roleWeights: readonly number[] | null,
  deal: AnchorDeal,
  lookup: AnchorLookup,
  options: ResolvedAttributionOptions,
  strengths: ReadonlyMap<string, number> | null = null,
): DealWeights | { unattributed: UnattributedReason; placements: AnchorPlacement[] } {
  const n = journey.length;
  let weights: number[];
  let pending = 0;
  let placements: AnchorPlacement[] = [];
  let detail: ModelDetail;
  let groups: string[] | null = null;

  switch (options.model) {
    case 'time-decay': {
      const gaps: number[] = new Array(n);
      const calendar = options.timeDecayUnit === 'calendar-days';
      const convOffset = calendar ? offsetOf(deal.convertedAt, options.timeZone) : 0;
      for (let k = 0; k < n; k++) {
        const t = index.time[journey[k] ?? 0] ?? 0;
        gaps[k] = calendar
          ? calendarGapDays(t, offsetOf(t, options.timeZone), deal.convertedAt, convOffset)
          : exactGapDays(t, deal.convertedAt);
      }
      const decay = timeDecayWeights(gaps, options.halfLifeDays);
      weights = decay.weights;
      detail = { kind: 'time-decay', gaps, raw: decay.raw };
      break;
    }
    case 'linear':
      weights = linearWeights(n);
      detail = { kind: 'linear' };
      break;
    case 'linear-per-channel':
    case 'participation': {
      const keys = journey.map((i) => distinctKey(index, i, options.distinctBy));
      if (options.model === 'participation') {
        const result = participationWeights(keys);
        weights = result.weights;
        groups = keys;
        detail = { kind: 'participation', keys, groupSize: result.groupSize };
      } else {
        const result = linearPerDistinctWeights(keys);
        weights = result.weights;
        detail = {
          kind: 'linear-per-channel',
          keys,
          distinct: result.distinct,
          groupSize: result.groupSize,
        };
      }
      break;
    }
    case 'markov':
    case 'shapley': {
      const keys = journey.map((i) => distinctKey(index, i, options.distinctBy));
      const result = strengthWeights(keys, strengths);
      weights = result.weights;
      detail = { kind: options.model, keys, ...result };
      break;
    }
    case 'last-non-direct': {
      const channels = journey.map((i) => index.touches[i]?.channel ?? 'unknown');
      const direct = new Set<string>(options.directChannels);
      const position = lastNonDirectPosition(channels, direct, options.allDirect);
      if (position < 0) return { unattributed: 'all-direct', placements };
      weights = new Array<number>(n).fill(0);
      weights[position] = 1;
      detail = {
        kind: 'last-non-direct',
        position,
        allDirect: direct.has(channels[position] ?? ''),
      };
      break;
    }
    default: {
      const spec = options.anchors;
      if (!spec) throw new Error(`model ${options.model} has no anchors`);
      placements = spec.anchors.map((anchor) =>
        placeAnchor(anchor.milestone, index, journey, deal, lookup, options),
      );
      const formsOnly = options.middleTouches === 'forms-and-campaigns';
      const allocation = allocateAnchors(
        n,
        placements.map((p) => p.position),
        spec.anchors.map((a) => a.weight),
        spec.middle,
        formsOnly
          ? (k) => FORM_AND_CAMPAIGN_TYPES.has(index.touches[journey[k] ?? 0]?.type ?? 'other')
          : () => true,
        options,
      );
      if (!allocation) return { unattributed: 'no-anchor-resolved', placements };
      weights = allocation.weights;
      pending = allocation.pending;
      detail = { kind: 'anchors', allocation, placements };
    }
  }

  const modelWeights = weights;
  if (roleWeights && options.model !== 'participation') {
    const weighted = new Array<number>(n).fill(0);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const w = (weights[k] ?? 0) * (roleWeights[k] ?? 1);
      weighted[k] = w;
      sum += w;
    }
    if (!(sum > 0)) return { unattributed: 'zero-role-weights', placements };
    const scale = (1 - pending) / sum;
    for (let k = 0; k < n; k++) weighted[k] = (weighted[k] ?? 0) * scale;
    weights = weighted;
  }
  return { weights, modelWeights, pending, placements, detail, groups };
}
