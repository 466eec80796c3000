/**
 * `@closedloop/core`: the normalized sales–marketing data model and the analytics that run
 * on it. Framework-free: no React, no DOM.
 * @packageDocumentation
 */
export * from './model/index';
export { currencyMinorUnits, isKnownCurrency } from './money/currencies';
