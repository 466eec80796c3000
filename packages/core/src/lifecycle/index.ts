export {
  BACKWARD_MOVE_RULES,
  SKIPPED_STAGE_RULES,
  STAGE_SOURCE_RULES,
  type StageEntity,
  type StageEntriesOptions,
} from './options';
export type { LifecycleQualityCode } from './quality-codes';
export { stageEntries } from './stage-entries';
export type { EntryBasis } from './stage-timelines';
export { DEFAULT_FUNNEL_STAGES, type StageSpec } from './stages';
export type { RecordStageEntries, StageEntriesResult } from './types';
