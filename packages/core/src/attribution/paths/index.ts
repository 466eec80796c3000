/**
 * Path-level attribution for channel paths (analytics exports): heuristics, exact Markov
 * removal effects and Shapley values, with bootstrap intervals.
 * @packageDocumentation
 */
export { attributePaths } from './attribute-paths';
export {
  BootstrapOptionsSchema,
  MarkovOptionsSchema,
  PATH_MODEL_NAMES,
  type PathAttributionOptions,
  PathAttributionOptionsSchema,
  type PathModelName,
  ShapleyOptionsSchema,
} from './options';
export { readChannelAttributionCsv } from './read-channel-attribution';
export type {
  Interval,
  MarkovDetail,
  MarkovTransition,
  PathAttribution,
  PathChannelCredit,
  PathRow,
} from './types';
