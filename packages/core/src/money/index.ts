export {
  convert,
  type ExchangeRates,
  exchangeRateFor,
  MissingExchangeRateError,
} from './convert';
export { currencyMinorUnits, isKnownCurrency } from './currencies';
export {
  formatScaled,
  fromMinorUnits,
  parseDecimal,
  rescale,
  type ScaledDecimal,
  toMinorUnits,
} from './decimal';
export { splitByWeights } from './largest-remainder';
export { divideHalfEven } from './rounding';
export { sumAmounts } from './sum';
