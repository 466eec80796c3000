/**
 * `@closedloop/core`: the normalized sales–marketing data model and the analytics that run
 * on it. Framework-free: no React, no DOM.
 *
 * Every public name is listed here, grouped by domain; anything not listed is internal.
 * CRM adapters, the sample dataset, CSV and the HTTP transport live on their own subpaths
 * (`@closedloop/core/hubspot`, `/salesforce`, `/pipedrive`, `/sample`, `/csv`, `/transport`).
 * @packageDocumentation
 */

// ── Labels: English defaults for every vocabulary a widget prints; pass your own to translate
export { CHANNEL_LABELS } from './labels/channels';
export { labelOf } from './labels/label-of';
export { type DefaultLifecycleStage, LIFECYCLE_STAGE_LABELS } from './labels/lifecycle-stages';
export { TEAM_LABELS } from './labels/teams';
export { TOUCHPOINT_TYPE_LABELS } from './labels/touchpoint-types';
export { FATE_LABELS } from './lead-timeline/fate-labels';
// ── Data model: the Dataset, its records and vocabulary, parsing with rejections ──────────
export {
  Dataset,
  type DatasetInput,
  ENTITY_NAMES,
  type EntityName,
  emptyDataset,
} from './model/dataset';
export { DatasetError, type DatasetErrorCode } from './model/dataset-error';
export { Deal, DealContact, Pipeline, Stage } from './model/deals';
export type { EntityRecord } from './model/entity-record';
export { Campaign, CampaignMembership, Touchpoint } from './model/marketing';
export {
  type EntityCounts,
  type ParseDatasetOptions,
  type ParseDatasetResult,
  parseDataset,
} from './model/parse-dataset';
export { Account, Attribution, Lead, Person, User } from './model/people';
export {
  CurrencyCode,
  DecimalAmount,
  Id,
  IsoDate,
  IsoDateTime,
  Money,
  Provider,
  Ref,
  SourceRef,
} from './model/primitives';
export type { PathKey, RecordIssue, RecordIssueKind, RejectedRecord } from './model/rejection';
export { Activity, FieldChange, Goal, TRACKED_FIELDS } from './model/sales';
export {
  ActivityType,
  Channel,
  DEFAULT_LIFECYCLE_STAGES,
  GoalMetric,
  MONEY_GOAL_METRICS,
  Team,
  TouchOrigin,
  TouchpointType,
} from './model/vocabulary';
// ── Options, errors and data-quality findings shared by every analysis ────────────────────
export type { Period } from './options/fields';
export { type OptionIssue, OptionsError, type OptionsErrorCode } from './options/options-error';
export type { QualityFinding } from './quality/quality-finding';
export { BREACH_KIND_LABELS, BREACH_KINDS } from './sla/breach-labels';

// ATTRIBUTION_MODEL_LABELS is exported with attribution below.

// ── The CRM adapter contract (vendor adapters are subpaths) ───────────────────────────────
// Its names are listed in `adapters/contract/index.ts`, which the adapters' owners keep.
export * from './adapters/contract/index';

// ── Attribution: deal-level models, model comparison, path-level models ───────────────────
export {
  type AnchorWeight,
  ATTRIBUTION_MILESTONES,
  ATTRIBUTION_MODEL_LABELS,
  ATTRIBUTION_MODEL_NAMES,
  ATTRIBUTION_PRESET_NAMES,
  ATTRIBUTION_PRESETS,
  type AttributionConversion,
  type AttributionFinding,
  type AttributionMilestone,
  type AttributionModelName,
  type AttributionOptions,
  type AttributionPreset,
  type AttributionPresetName,
  type AttributionResult,
  attribute,
  attributePaths,
  type CampaignReturn,
  type ChannelDelta,
  type ComparedModel,
  type CompareModelsOptions,
  type Credit,
  compareModels,
  type DealAttribution,
  type DeltaDriver,
  type ExcludedTouch,
  type ExclusionReason,
  type Interval,
  type MarkovDetail,
  type MarkovTransition,
  type ModelComparison,
  type ModelVariant,
  PATH_MODEL_NAMES,
  type PathAttribution,
  type PathAttributionOptions,
  type PathChannelCredit,
  type PathModelName,
  type PathRow,
  positionWords,
  type ResolvedAnchor,
  type ResolvedAttributionOptions,
  type RollupRow,
  type Rollups,
  readChannelAttributionCsv,
  type SourcedRule,
  type SourcedSummary,
  UNATTRIBUTED_ROW,
  type UnattributedReason,
} from './attribution/index';
// ── Shared indexes, built ahead of the first call ─────────────────────────────────────────
export {
  type DatasetIndexPart,
  type DatasetIndexReport,
  INDEXED_ANALYSES,
  type IndexDatasetOptions,
  type IndexedAnalysis,
  indexDataset,
} from './dataset-index/index';
// ── Lifecycle stages and the funnel ───────────────────────────────────────────────────────
export {
  FUNNEL_SPLIT_RULES,
  type FunnelGroup,
  type FunnelOptions,
  type FunnelQualityCode,
  type FunnelResult,
  type FunnelSlice,
  type FunnelSplit,
  type FunnelStageRow,
  funnel,
  type PipelineVelocity,
  type TimeInStage,
} from './funnel/index';

// ── Shared goals: progress, pace, status and the back-solved plan ─────────────────────────
export {
  BACK_SOLVE_FORMULA,
  BACK_SOLVE_METRICS,
  type BackSolve,
  type BackSolveOptions,
  backSolveGoal,
  type CalendarPeriod,
  describePeriod,
  type FiscalYear,
  type GoalPeriod,
  type GoalProgress,
  type GoalProgressOptions,
  type GoalProgressReport,
  type GoalQualityCode,
  type GoalStatus,
  type GoalWarningCode,
  goalPeriod,
  goalProgress,
  InvalidGoalError,
  type MeasuredConversion,
  type MeasuredLag,
  type PeriodKind,
  periodContaining,
  type RequiredStage,
  SOURCING_RULES,
  type TeamContribution,
  UnsupportedGoalMetricError,
} from './goals/index';

// ── The marketing → sales hand-off (MQL episodes and their fates) ─────────────────────────
export {
  type BandCell,
  type FateCounts,
  type FlowLink,
  type FlowNode,
  type GroupOutcome,
  type HandoffFlow,
  type HandoffOptions,
  type HandoffResult,
  handoff,
  type LedgerRow,
  type MatchedComparison,
  type OwnerRow,
  type ReasonRow,
  type SourceRow,
} from './handoff/index';
export {
  FATES,
  type Fate,
  type HandoffQualityCode,
  type LeadTimelineOptions,
} from './lead-timeline/index';
export {
  BACKWARD_MOVE_RULES,
  DEFAULT_FUNNEL_STAGES,
  type EntryBasis,
  type LifecycleQualityCode,
  type RecordStageEntries,
  SKIPPED_STAGE_RULES,
  STAGE_SOURCE_RULES,
  type StageEntity,
  type StageEntriesOptions,
  type StageEntriesResult,
  type StageSpec,
  stageEntries,
} from './lifecycle/index';

// ── Money, time and statistics ────────────────────────────────────────────────────────────
export {
  convert,
  currencyMinorUnits,
  divideHalfEven,
  type ExchangeRates,
  exchangeRateFor,
  formatScaled,
  fromMinorUnits,
  isKnownCurrency,
  MissingExchangeRateError,
  parseDecimal,
  rescale,
  type ScaledDecimal,
  splitByWeights,
  sumAmounts,
  toMinorUnits,
} from './money/index';
// ── Service-level agreements between the teams ────────────────────────────────────────────
export {
  type Attainment,
  type Breach,
  type BreachKind,
  type ClockStop,
  type DelayDistribution,
  type EvaluateSlaOptions,
  evaluateSla,
  type GroupAttainment,
  type MarketingAttainment,
  MarketingCommitment,
  MarketingCommitments,
  type MarketingScopes,
  type ResolvedSla,
  type ResponseTimes,
  SalesCommitment,
  type ScopedAttainment,
  Sla,
  type SlaEvaluation,
} from './sla/index';
export {
  type BandEdge,
  type BandShare,
  bandShares,
  type Percentiles,
  percentiles,
  quantileSorted,
} from './stats/index';
export {
  addBusinessHours,
  addBusinessMillis,
  addDays,
  BusinessCalendar,
  BusinessHours,
  type BusinessHoursInput,
  businessCalendar,
  businessDaysBetween,
  businessMillisBetween,
  daysBetween,
  InvalidBusinessHoursError,
  isBusinessDay,
  parseIsoDate,
  timeZoneOffset,
  type WallTime,
  wallTime,
  zonedDate,
  zonedDayEnd,
  zonedMidnight,
} from './time/index';
