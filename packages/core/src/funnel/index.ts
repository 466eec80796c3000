export { funnel } from './funnel';
export { FUNNEL_SPLIT_RULES } from './group-keys';
export type { FunnelOptions, FunnelSplit } from './options';
export type { FunnelQualityCode } from './quality-codes';
export type {
  FunnelGroup,
  FunnelResult,
  FunnelSlice,
  FunnelStageRow,
  PipelineVelocity,
  TimeInStage,
} from './types';
