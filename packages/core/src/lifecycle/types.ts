import type { QualityFinding } from '../quality/quality-finding';
import type { StageEntity } from './options';
import type { LifecycleQualityCode } from './quality-codes';
import type { EntryBasis } from './stage-timelines';
import type { StageSpec } from './stages';

/** One record's stage entries: a plain JSON object. Instants are epoch milliseconds. */
export interface RecordStageEntries {
  /** The record's id. */
  id: string;
  /** Entry instant per stage, in the order of `stages`; null when not reached. */
  enteredAtMs: (number | null)[];
  /** How each entry was found: history, stageDates or inferred (skipped); null when not reached. */
  basis: (EntryBasis | null)[];
  /** Every entry into a stage up to `asOf`, in time order; `stage` is null outside the list. */
  visits: { stage: string | null; atMs: number; basis: 'history' | 'stage-date' }[];
  /** How many moves went back to an earlier configured stage. */
  backwardMoves: number;
  /** The stage of the latest visit at `asOf`; null when none or outside the stage list. */
  currentStage: string | null;
}

/** What `stageEntries` returns. */
export interface StageEntriesResult {
  /** Whose stages. */
  entity: StageEntity;
  /** The history field read. */
  field: string;
  /** The stages, in order. */
  stages: StageSpec[];
  /** The cut-off instant as given, or null. */
  asOf: string | null;
  /** The rules applied, as the options name them and in words. */
  rules: {
    sources: string;
    skipped: string;
    backward: string;
    text: { sources: string; skipped: string; backward: string };
  };
  /** One entry per record (not deleted by `asOf`), in dataset order. */
  records: RecordStageEntries[];
  /** Records used under a rule or left out, by reason. */
  quality: QualityFinding<LifecycleQualityCode>[];
}
