export { evaluateSla } from './evaluate-sla';
export { EvaluateSlaOptions } from './options';
export { MarketingCommitment, type ResolvedSla, SalesCommitment, Sla } from './schema';
export type {
  Attainment,
  Breach,
  BreachKind,
  ClockStop,
  DelayDistribution,
  GroupAttainment,
  MarketingAttainment,
  ResponseTimes,
  SlaEvaluation,
} from './types';
