import type { AttributionMilestone } from '../milestones';
import type { AttributionModelName } from './names';

/** One anchor of a position or milestone model: where it sits and its share of the credit. */
export interface AnchorWeight {
  /** The milestone the anchor resolves on. */
  milestone: AttributionMilestone;
  /** Its share; shares are normalised with the middle share to sum to 1. */
  weight: number;
}

/** A position or milestone model: its anchors and the share left for the touches between. */
export interface AnchorModelSpec {
  /** The anchors, in journey order of their usual position. */
  anchors: readonly AnchorWeight[];
  /** The share shared equally by the middle touches. */
  middle: number;
}

/**
 * The weights of every built-in position and milestone model, as the vendors publish them
 * (see `attribution.md` §0 and §2): U 40/20/40 on first touch and lead creation, W
 * 30/30/30 + 10, full path 22.5 × 4 + 10, J 20/60 + 20, inverse J 60/20 + 20, position-based
 * 40/40 + 20. Single-touch models are anchor models with one anchor and no middle.
 */
export const ANCHOR_MODELS: Readonly<Partial<Record<AttributionModelName, AnchorModelSpec>>> = {
  'first-touch': { anchors: [{ milestone: 'first-touch', weight: 1 }], middle: 0 },
  'lead-creation': { anchors: [{ milestone: 'lead-creation', weight: 1 }], middle: 0 },
  'last-touch': { anchors: [{ milestone: 'last-touch', weight: 1 }], middle: 0 },
  'position-based': {
    anchors: [
      { milestone: 'first-touch', weight: 0.4 },
      { milestone: 'last-touch', weight: 0.4 },
    ],
    middle: 0.2,
  },
  'u-shaped': {
    anchors: [
      { milestone: 'first-touch', weight: 0.4 },
      { milestone: 'lead-creation', weight: 0.4 },
    ],
    middle: 0.2,
  },
  'w-shaped': {
    anchors: [
      { milestone: 'first-touch', weight: 0.3 },
      { milestone: 'lead-creation', weight: 0.3 },
      { milestone: 'opportunity-created', weight: 0.3 },
    ],
    middle: 0.1,
  },
  'full-path': {
    anchors: [
      { milestone: 'first-touch', weight: 0.225 },
      { milestone: 'lead-creation', weight: 0.225 },
      { milestone: 'opportunity-created', weight: 0.225 },
      { milestone: 'closed-won', weight: 0.225 },
    ],
    middle: 0.1,
  },
  'j-shaped': {
    anchors: [
      { milestone: 'first-touch', weight: 0.2 },
      { milestone: 'last-touch', weight: 0.6 },
    ],
    middle: 0.2,
  },
  'inverse-j': {
    anchors: [
      { milestone: 'first-touch', weight: 0.6 },
      { milestone: 'last-touch', weight: 0.2 },
    ],
    middle: 0.2,
  },
};
