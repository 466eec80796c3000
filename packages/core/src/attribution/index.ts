/**
 * Deal-level attribution: every rule-based model the leading products ship, exact to the
 * cent and explained. See `attribute` and `compareModels`.
 * @packageDocumentation
 */
export { attribute, runAttribution } from './attribute';
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
export { type Milestone, NAMED_MILESTONES } from './milestones';
export { ANCHOR_MODELS, type AnchorWeight } from './models/anchor-models';
export { MODEL_LABELS, MODEL_NAMES, type ModelName } from './models/names';
export {
  type AttributionOptions,
  AttributionOptionsSchema,
  type ConversionKind,
  type ResolvedOptions,
  resolveOptions,
  type SourcedRule,
} from './options';
export * from './paths/index';
export { type PreparedDataset, prepareDataset } from './prepare';
export { PRESET_NAMES, PRESETS, type PresetDefinition, type PresetName } from './presets';
export type {
  AttributionResult,
  CampaignReturn,
  Credit,
  DataQualityFinding,
  DealAttribution,
  ExcludedTouch,
  ExclusionReason,
  ResolvedAnchor,
  RollupRow,
  Rollups,
  SourcedSummary,
  UnattributedReason,
} from './types';
