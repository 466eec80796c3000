import type { FindingCollector } from '../quality/quality-finding';
import type { LifecycleRules } from './options';
import type { LifecycleQualityCode } from './quality-codes';
import { currentStageField, type VisitTable } from './visits';

/** How an entry time was found. */
export type EntryBasis = 'history' | 'stage-date' | 'inferred';

/** `StageTimelines.basis` codes: 0 not reached, then the `EntryBasis` values in order. */
export const BASIS_NAMES: readonly (EntryBasis | null)[] = [
  null,
  'history',
  'stage-date',
  'inferred',
];
const HISTORY = 1;
const INFERRED = 3;

/**
 * Every record's stage entries after the backward and skipped rules, in flat arrays: the
 * entry of record `r` into stage `s` is `entered[r * stages + s]` (epoch ms, NaN when not
 * reached). Built once per call and shared by everything that reads stages.
 */
export interface StageTimelines {
  rules: LifecycleRules;
  visits: VisitTable;
  entered: Float64Array;
  /** `BASIS_NAMES` code per entry. */
  basis: Uint8Array;
  /** Moves back to an earlier configured stage, per record. */
  backwardMoves: Int32Array;
  /** Index of the stage of each record's latest visit; -1 when none or outside the list. */
  current: Int16Array;
}

/**
 * Applies the backward and skipped rules (see `BACKWARD_MOVE_RULES`, `SKIPPED_STAGE_RULES`) to every
 * record and reports regressions, skips, inverted times and current stages without any entry.
 */
export function resolveTimelines(
  visits: VisitTable,
  rules: LifecycleRules,
  findings: FindingCollector<LifecycleQualityCode>,
): StageTimelines {
  const n = rules.stages.length;
  const count = visits.records.length;
  const out: StageTimelines = {
    rules,
    visits,
    entered: new Float64Array(count * n).fill(Number.NaN),
    basis: new Uint8Array(count * n),
    backwardMoves: new Int32Array(count),
    current: new Int16Array(count).fill(-1),
  };
  const stageIndex = new Map(rules.stages.map((s, i) => [s.id, i]));
  for (let r = 0; r < count; r++) {
    resolveRecord(out, r);
    const record = visits.records[r];
    if (record === undefined) continue;
    if ((out.backwardMoves[r] as number) > 0) findings.add('stage_regression', record.id);
    if (applySkipped(out, r)) findings.add('stage_skipped', record.id);
    if (isInverted(out, r)) findings.add('stage_order_inverted', record.id);
    const now = stageIndex.get(currentStageField(record, rules.entity) ?? '');
    if (now !== undefined && visits.movedLater[r] === 0 && !visited(visits, r, now)) {
      findings.add('current_stage_without_entry', record.id);
    }
  }
  return out;
}

/** First entry per stage of one record, from the restart point under `last-pass`. */
function resolveRecord(out: StageTimelines, r: number): void {
  const { stage, at, fromStageDate, start } = out.visits;
  const n = out.rules.stages.length;
  const from = start[r] as number;
  const to = start[r + 1] as number;
  let previous = -1;
  let lastBack = -1;
  let backward = 0;
  for (let k = from; k < to; k++) {
    const s = stage[k] as number;
    if (s < 0) continue;
    if (s < previous) {
      backward++;
      lastBack = k;
    }
    previous = s;
  }
  out.backwardMoves[r] = backward;
  if (to > from) out.current[r] = stage[to - 1] as number;
  const restart = out.rules.backward === 'last-pass' && lastBack >= 0 ? lastBack : from;
  const restartStage = stage[restart] ?? 0;
  for (let k = from; k < to; k++) {
    const s = stage[k] as number;
    if (s < 0 || (k < restart && s >= restartStage)) continue;
    const slot = r * n + s;
    if (Number.isNaN(out.entered[slot])) {
      out.entered[slot] = at[k] as number;
      out.basis[slot] = HISTORY + (fromStageDate[k] as number);
    }
  }
}

/** Marks (and under `infer` fills) stages below a reached one; true when any was skipped. */
function applySkipped(out: StageTimelines, r: number): boolean {
  const n = out.rules.stages.length;
  let next = Number.NaN;
  let skipped = false;
  for (let s = n - 1; s >= 0; s--) {
    const at = out.entered[r * n + s] as number;
    if (!Number.isNaN(at)) next = at;
    else if (!Number.isNaN(next)) {
      skipped = true;
      if (out.rules.skipped === 'infer') {
        out.entered[r * n + s] = next;
        out.basis[r * n + s] = INFERRED;
      }
    }
  }
  return skipped;
}

/** True when an observed entry of a later stage precedes an observed entry of an earlier one. */
function isInverted(out: StageTimelines, r: number): boolean {
  const n = out.rules.stages.length;
  let latest = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < n; s++) {
    const b = out.basis[r * n + s] as number;
    if (b === 0 || b === INFERRED) continue;
    const at = out.entered[r * n + s] as number;
    if (at < latest) return true;
    latest = at;
  }
  return false;
}

function visited(visits: VisitTable, r: number, stage: number): boolean {
  for (let k = visits.start[r] as number; k < (visits.start[r + 1] as number); k++) {
    if (visits.stage[k] === stage) return true;
  }
  return false;
}
