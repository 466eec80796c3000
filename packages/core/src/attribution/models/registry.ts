import { anchorModel } from './anchors';
import { markovModel, shapleyModel } from './data-driven';
import { lastNonDirectModel } from './last-non-direct';
import { linearModel } from './linear';
import { linearPerChannelModel } from './linear-per-channel';
import type { AttributionModel } from './model';
import type { AttributionModelName } from './names';
import { participationModel } from './participation';
import { timeDecayModel } from './time-decay';

/**
 * The rule every model name runs. Position and milestone models share `anchorModel`: their
 * anchors and weights come from `ANCHOR_MODELS` (or the custom spec) via `options.anchors`.
 */
export const MODEL_REGISTRY: Readonly<Record<AttributionModelName, AttributionModel>> = {
  'first-touch': anchorModel,
  'lead-creation': anchorModel,
  'last-touch': anchorModel,
  'last-non-direct': lastNonDirectModel,
  linear: linearModel,
  'linear-per-channel': linearPerChannelModel,
  participation: participationModel,
  'time-decay': timeDecayModel,
  'position-based': anchorModel,
  'u-shaped': anchorModel,
  'w-shaped': anchorModel,
  'full-path': anchorModel,
  'j-shaped': anchorModel,
  'inverse-j': anchorModel,
  custom: anchorModel,
  markov: markovModel,
  shapley: shapleyModel,
};
