export { evaluateSla } from './evaluate-sla';
export type { EvaluateSlaOptions } from './options';
export {
  MarketingCommitment,
  MarketingCommitments,
  type ResolvedSla,
  SalesCommitment,
  Sla,
} from './schema';
export type {
  Attainment,
  Breach,
  BreachKind,
  ClockStop,
  DelayDistribution,
  GroupAttainment,
  MarketingAttainment,
  MarketingScopes,
  ResponseTimes,
  ScopedAttainment,
  SlaEvaluation,
} from './types';
