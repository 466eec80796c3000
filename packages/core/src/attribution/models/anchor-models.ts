import type { AttributionMilestone } from '../milestones';
import type { AttributionModelName } from './names';
import { MODEL_REGISTRY } from './registry';

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

/** The weights of every built-in position and milestone model (see `MODEL_REGISTRY`). */
export const ANCHOR_MODELS: Readonly<Partial<Record<AttributionModelName, AnchorModelSpec>>> =
  Object.fromEntries(
    Object.entries(MODEL_REGISTRY).flatMap(([name, entry]) =>
      entry.anchors ? [[name, entry.anchors]] : [],
    ),
  );
