/**
 * `@closedloop/core`: the normalized sales–marketing data model and the analytics that run
 * on it. Framework-free: no React, no DOM.
 * @packageDocumentation
 */

export * from './adapters/contract/index';
export * from './attribution/index';
export * from './dataset-index/index';
export * from './funnel/index';
export * from './goals/index';
export * from './handoff/index';
export * from './lead-timeline/index';
export * from './lifecycle/index';
export * from './model/index';
export { currencyMinorUnits, isKnownCurrency } from './money/currencies';
export * from './money/index';
export * from './sla/index';
export * from './stats/index';
export * from './time/index';
