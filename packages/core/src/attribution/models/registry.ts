import type { AnchorModelSpec } from './anchor-models';
import { anchorModel } from './anchors';
import { markovModel, shapleyModel } from './data-driven';
import { lastNonDirectModel } from './last-non-direct';
import { linearModel } from './linear';
import { linearPerChannelModel } from './linear-per-channel';
import type { AttributionModel } from './model';
import { ATTRIBUTION_MODEL_LABELS, type AttributionModelName } from './names';
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
  'first-touch': anchored(
    ATTRIBUTION_MODEL_LABELS['first-touch'],
    [{ milestone: 'first-touch', weight: 1 }],
    0,
  ),
  'lead-creation': anchored(
    ATTRIBUTION_MODEL_LABELS['lead-creation'],
    [{ milestone: 'lead-creation', weight: 1 }],
    0,
  ),
  'last-touch': anchored(
    ATTRIBUTION_MODEL_LABELS['last-touch'],
    [{ milestone: 'last-touch', weight: 1 }],
    0,
  ),
  'last-non-direct': {
    label: ATTRIBUTION_MODEL_LABELS['last-non-direct'],
    rule: lastNonDirectModel,
  },
  linear: { label: ATTRIBUTION_MODEL_LABELS.linear, rule: linearModel },
  'linear-per-channel': {
    label: ATTRIBUTION_MODEL_LABELS['linear-per-channel'],
    rule: linearPerChannelModel,
  },
  participation: { label: ATTRIBUTION_MODEL_LABELS.participation, rule: participationModel },
  'time-decay': { label: ATTRIBUTION_MODEL_LABELS['time-decay'], rule: timeDecayModel },
  'position-based': anchored(
    ATTRIBUTION_MODEL_LABELS['position-based'],
    [
      { milestone: 'first-touch', weight: 0.4 },
      { milestone: 'last-touch', weight: 0.4 },
    ],
    0.2,
  ),
  'u-shaped': anchored(
    ATTRIBUTION_MODEL_LABELS['u-shaped'],
    [
      { milestone: 'first-touch', weight: 0.4 },
      { milestone: 'lead-creation', weight: 0.4 },
    ],
    0.2,
  ),
  'w-shaped': anchored(
    ATTRIBUTION_MODEL_LABELS['w-shaped'],
    [
      { milestone: 'first-touch', weight: 0.3 },
      { milestone: 'lead-creation', weight: 0.3 },
      { milestone: 'opportunity-created', weight: 0.3 },
    ],
    0.1,
  ),
  'full-path': anchored(
    ATTRIBUTION_MODEL_LABELS['full-path'],
    [
      { milestone: 'first-touch', weight: 0.225 },
      { milestone: 'lead-creation', weight: 0.225 },
      { milestone: 'opportunity-created', weight: 0.225 },
      { milestone: 'closed-won', weight: 0.225 },
    ],
    0.1,
  ),
  'j-shaped': anchored(
    ATTRIBUTION_MODEL_LABELS['j-shaped'],
    [
      { milestone: 'first-touch', weight: 0.2 },
      { milestone: 'last-touch', weight: 0.6 },
    ],
    0.2,
  ),
  'inverse-j': anchored(
    ATTRIBUTION_MODEL_LABELS['inverse-j'],
    [
      { milestone: 'first-touch', weight: 0.6 },
      { milestone: 'last-touch', weight: 0.2 },
    ],
    0.2,
  ),
  custom: { label: ATTRIBUTION_MODEL_LABELS.custom, rule: anchorModel },
  markov: { label: ATTRIBUTION_MODEL_LABELS.markov, rule: markovModel },
  shapley: { label: ATTRIBUTION_MODEL_LABELS.shapley, rule: shapleyModel },
};
