/**
 * `@closedloop/react`: React widgets for sales–marketing alignment, drawn as plain SVG and
 * themed through CSS custom properties. Every widget takes plain data computed by
 * `@closedloop/core`.
 * @packageDocumentation
 */

/**
 * The core types the widgets take, re-exported so apps need one import. The core's
 * `ModelComparison` (the result of `compareModels`) is `ModelComparisonResult` here: in this
 * package the name `ModelComparison` is the widget.
 */
export type {
  AttributionResult,
  DealAttribution,
  FunnelResult,
  GoalProgress,
  GoalProgressReport,
  ModelComparison as ModelComparisonResult,
  PathAttribution,
  QualityFinding,
} from '@closedloop/core';
export {
  type AttributionSelectionDetail,
  type AttributionSelectionKind,
  AttributionTable,
  type AttributionTableProps,
} from './attribution-table/attribution-table';
export {
  type AttributionMetric,
  type AttributionTableLabels,
  defaultAttributionTableLabels,
} from './attribution-table/attribution-table-labels';
export type { AttributionDimension } from './attribution-table/dimension';
export type { AttributionTableData } from './attribution-table/table-model';
export {
  CampaignRevenue,
  type CampaignRevenueDetail,
  type CampaignRevenueProps,
} from './campaign-revenue/campaign-revenue';
export {
  type CampaignRevenueLabels,
  defaultCampaignRevenueLabels,
  type RevenueFacts,
} from './campaign-revenue/campaign-revenue-labels';
export type { RevenueGrouping } from './campaign-revenue/revenue-rows';
export {
  ChannelInfluence,
  type ChannelInfluenceProps,
  type ChannelInfluenceSelection,
} from './channel-influence/channel-influence';
export type { InfluenceMeasure } from './channel-influence/influence-bars';
export {
  type BarFacts,
  type ChannelInfluenceLabels,
  defaultChannelInfluenceLabels,
} from './channel-influence/influence-text';
export {
  DealJourney,
  type DealJourneyProps,
  type DealJourneySelection,
} from './deal-journey/deal-journey';
export { dealJourneyData } from './deal-journey/journey-data';
export type { JourneyContact, JourneyTouch } from './deal-journey/journey-model';
export {
  type DealJourneyLabels,
  defaultDealJourneyLabels,
  type JourneySummaryFacts,
  type TouchFacts,
} from './deal-journey/journey-text';
export { Funnel, type FunnelProps, type FunnelSelectionDetail } from './funnel/funnel';
export type { FunnelComparison } from './funnel/funnel-model';
export { defaultFunnelLabels, type FunnelLabels } from './funnel/funnel-text';
export {
  GoalMeter,
  type GoalMeterProps,
  type GoalMeterSelectionDetail,
  type GoalMeterStatus,
  type GoalMeterVariant,
} from './goal-meter/goal-meter';
export {
  defaultGoalMeterLabels,
  formatGoalValue,
  type GoalMeterFacts,
  type GoalMeterLabels,
  type GoalValueFormatter,
  type StatusRuleFacts,
} from './goal-meter/goal-meter-text';
export type { HandoffFlowSelectionDetail } from './handoff-flow/flow-marks';
export {
  HandoffFlow,
  type HandoffFlowData,
  type HandoffFlowProps,
  type HandoffFlowSelection,
} from './handoff-flow/handoff-flow';
export {
  defaultHandoffFlowLabels,
  type HandoffFlowLabels,
} from './handoff-flow/handoff-flow-labels';
export type { ReasonSelectionDetail } from './handoff-flow/reason-list';
export {
  createFormatters,
  type Formatters,
  type MarkSelection,
  type OnSelect,
  type SelectionEntity,
  type StateLabels,
  type StateSlots,
  type WidgetBaseProps,
  type WidgetStatus,
} from './kit';
export {
  type DotFacts,
  defaultModelComparisonLabels,
  type ModelComparisonLabels,
} from './model-comparison/comparison-text';
export {
  ModelComparison,
  type ModelComparisonProps,
  type ModelComparisonSelection,
} from './model-comparison/model-comparison';
export type { DelayEpisode, DelayKind } from './response-times/delay-rows';
export {
  ResponseTimes,
  type ResponseTimesData,
  type ResponseTimesProps,
  type ResponseTimesSelection,
  type ResponseTimesSelectionDetail,
} from './response-times/response-times';
export {
  defaultResponseTimesLabels,
  type ResponseTimesLabels,
} from './response-times/response-times-labels';
export type { ScorecardThresholds } from './sla-scorecard/pacing';
export {
  SlaScorecard,
  type SlaScorecardData,
  type SlaScorecardProps,
  type SlaScorecardSelection,
} from './sla-scorecard/sla-scorecard';
export {
  defaultSlaScorecardLabels,
  type SlaScorecardLabels,
} from './sla-scorecard/sla-scorecard-labels';
