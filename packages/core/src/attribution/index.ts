/**
 * Deal-level attribution: every rule-based model the leading products ship, exact to the
 * cent and explained. See `attribute` and `compareModels`.
 * @packageDocumentation
 */
export { attribute } from './attribute';
export {
  type ChannelDelta,
  type ComparedModel,
  type CompareModelsOptions,
  compareModels,
  type DeltaDriver,
  type ModelComparison,
  type ModelVariant,
  positionWords,
  UNATTRIBUTED_ROW,
} from './compare';
export { ATTRIBUTION_MILESTONES, type AttributionMilestone } from './milestones';
export type { AnchorWeight } from './models/anchor-models';
export {
  ATTRIBUTION_MODEL_LABELS,
  ATTRIBUTION_MODEL_NAMES,
  type AttributionModelName,
} from './models/names';
export type {
  AttributionConversion,
  AttributionOptions,
  ResolvedAttributionOptions,
  SourcedRule,
} from './options';
export {
  attributePaths,
  type Interval,
  type MarkovDetail,
  type MarkovTransition,
  PATH_MODEL_NAMES,
  type PathAttribution,
  type PathAttributionOptions,
  type PathChannelCredit,
  type PathModelName,
  type PathRow,
  readChannelAttributionCsv,
} from './paths/index';
export {
  ATTRIBUTION_PRESET_NAMES,
  ATTRIBUTION_PRESETS,
  type AttributionPreset,
  type AttributionPresetName,
} from './presets';
export type {
  AttributionFinding,
  AttributionResult,
  CampaignReturn,
  Credit,
  DealAttribution,
  ExcludedTouch,
  ExclusionReason,
  ResolvedAnchor,
  RollupRow,
  Rollups,
  SourcedSummary,
  UnattributedReason,
} from './types';
