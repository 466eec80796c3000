/**
 * `@closedloop/core`: the normalized sales–marketing data model and the analytics that run
 * on it. Framework-free: no React, no DOM.
 * @packageDocumentation
 */

export * from './adapters/contract/index';
export * from './attribution/index';
// Labels: English defaults for every vocabulary a widget prints; pass your own to translate.
export { MODEL_LABELS as ATTRIBUTION_MODEL_LABELS } from './attribution/models/names';
export * from './dataset-index/index';
export * from './funnel/index';
export * from './goals/index';
export * from './handoff/index';
export { CHANNEL_LABELS } from './labels/channels';
export { labelOf } from './labels/label-of';
export { type DefaultLifecycleStage, LIFECYCLE_STAGE_LABELS } from './labels/lifecycle-stages';
export { TEAM_LABELS } from './labels/teams';
export { TOUCHPOINT_TYPE_LABELS } from './labels/touchpoint-types';
export { FATE_LABELS } from './lead-timeline/fate-labels';
export * from './lead-timeline/index';
export * from './lifecycle/index';
export * from './model/index';
export { currencyMinorUnits, isKnownCurrency } from './money/currencies';
export * from './money/index';
export { BREACH_KIND_LABELS, BREACH_KINDS } from './sla/breach-labels';
export * from './sla/index';
export * from './stats/index';
export * from './time/index';
