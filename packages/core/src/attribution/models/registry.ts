import type { AnchorModelSpec } from './anchor-models';
import { anchorModel } from './anchors';
import { markovModel, shapleyModel } from './data-driven';
import { lastNonDirectModel } from './last-non-direct';
import { linearModel } from './linear';
import { linearPerChannelModel } from './linear-per-channel';
import type { AttributionModel } from './model';
import type { AttributionModelName } from './names';
import { participationModel } from './participation';
import { timeDecayModel } from './time-decay';

/** A model name's entry: how it is labelled, the rule it runs and (anchor models) its weights. */
export interface ModelEntry {
  /** How the model is named in explanations and tables. */
  label: string;
  /** Weighs a journey and explains each credit (one file per rule in this folder). */
  rule: AttributionModel;
  /** The anchors and middle share of a built-in position or milestone model. */
  anchors?: AnchorModelSpec;
}

/** A built-in position or milestone model: `anchorModel` with its published weights. */
function anchored(label: string, anchors: AnchorModelSpec['anchors'], middle: number): ModelEntry {
  return { label, rule: anchorModel, anchors: { anchors, middle } };
}

/**
 * Every model name's entry. Anchor weights are the vendors' published ones (see
 * `attribution.md` §0 and §2): U 40/20/40 on first touch and lead creation, W 30/30/30 + 10,
 * full path 22.5 × 4 + 10, J 20/60 + 20, inverse J 60/20 + 20, position-based 40/40 + 20.
 * Single-touch models are anchor models with one anchor and no middle; `custom` takes its
 * anchors from the options.
 */
export const MODEL_REGISTRY: Readonly<Record<AttributionModelName, ModelEntry>> = {
  'first-touch': anchored('First touch', [{ milestone: 'first-touch', weight: 1 }], 0),
  'lead-creation': anchored('Lead creation', [{ milestone: 'lead-creation', weight: 1 }], 0),
  'last-touch': anchored('Last touch', [{ milestone: 'last-touch', weight: 1 }], 0),
  'last-non-direct': { label: 'Last non-direct', rule: lastNonDirectModel },
  linear: { label: 'Linear', rule: linearModel },
  'linear-per-channel': { label: 'Linear per channel', rule: linearPerChannelModel },
  participation: { label: 'Participation', rule: participationModel },
  'time-decay': { label: 'Time decay', rule: timeDecayModel },
  'position-based': anchored(
    'Position-based',
    [
      { milestone: 'first-touch', weight: 0.4 },
      { milestone: 'last-touch', weight: 0.4 },
    ],
    0.2,
  ),
  'u-shaped': anchored(
    'U-shaped',
    [
      { milestone: 'first-touch', weight: 0.4 },
      { milestone: 'lead-creation', weight: 0.4 },
    ],
    0.2,
  ),
  'w-shaped': anchored(
    'W-shaped',
    [
      { milestone: 'first-touch', weight: 0.3 },
      { milestone: 'lead-creation', weight: 0.3 },
      { milestone: 'opportunity-created', weight: 0.3 },
    ],
    0.1,
  ),
  'full-path': anchored(
    'Full path',
    [
      { milestone: 'first-touch', weight: 0.225 },
      { milestone: 'lead-creation', weight: 0.225 },
      { milestone: 'opportunity-created', weight: 0.225 },
      { milestone: 'closed-won', weight: 0.225 },
    ],
    0.1,
  ),
  'j-shaped': anchored(
    'J-shaped',
    [
      { milestone: 'first-touch', weight: 0.2 },
      { milestone: 'last-touch', weight: 0.6 },
    ],
    0.2,
  ),
  'inverse-j': anchored(
    'Inverse J',
    [
      { milestone: 'first-touch', weight: 0.6 },
      { milestone: 'last-touch', weight: 0.2 },
    ],
    0.2,
  ),
  custom: { label: 'Custom', rule: anchorModel },
  markov: { label: 'Markov removal effect', rule: markovModel },
  shapley: { label: 'Shapley', rule: shapleyModel },
};
