import type { StageTimelines } from '../lifecycle/stage-timelines';
import { type DateWindow, inWindow } from './window';

const DAY = 86_400_000;
const INFERRED = 3;

/** Running counts of one funnel slice (the whole funnel or one split group). */
export interface SliceTally {
  count: Int32Array;
  advanced: Int32Array;
  skipped: Int32Array;
  movedBack: Int32Array;
  inferredEntries: Int32Array;
  exited: Int32Array;
  /** Days in stage of records that advanced, per stage. */
  durations: number[][];
  /** Days since entry of records still in the stage at `asOf` (censored), per stage. */
  ages: number[][];
}

const COUNTS = ['count', 'advanced', 'skipped', 'movedBack', 'inferredEntries', 'exited'] as const;
const TIMES = ['durations', 'ages'] as const;

/** An empty tally for `n` stages. */
export function newTally(n: number): SliceTally {
  return {
    count: new Int32Array(n),
    advanced: new Int32Array(n),
    skipped: new Int32Array(n),
    movedBack: new Int32Array(n),
    inferredEntries: new Int32Array(n),
    exited: new Int32Array(n),
    durations: Array.from({ length: n }, () => []),
    ages: Array.from({ length: n }, () => []),
  };
}

/**
 * Adds the tally of one slice to another (a split's groups up to the whole funnel). Times
 * are appended in another order than a record-by-record tally's, which the quantiles
 * do not see.
 */
export function addTally(into: SliceTally, from: SliceTally): void {
  for (let s = 0; s < into.count.length; s++) {
    for (const counts of COUNTS)
      into[counts][s] = (into[counts][s] as number) + (from[counts][s] as number);
    for (const times of TIMES) {
      const target = into[times][s] as number[];
      for (const days of from[times][s] as number[]) target.push(days);
    }
  }
}

/**
 * Adds record `r` to the tallies: which stages count it under the method, whether it
 * advanced, skipped or moved back, and its time in each stage (or its age there if still in
 * it at `asOf`). `counted` is scratch space of one flag per stage. Returns whether any
 * stage counts the record.
 */
export function tallyRecord(
  t: StageTimelines,
  r: number,
  method: 'cohort' | 'period',
  window: DateWindow,
  tallies: readonly SliceTally[],
  counted: Uint8Array,
): boolean {
  const n = counted.length;
  const base = r * n;
  const first = t.entered[base] as number;
  const member = method === 'period' || inWindow(first, window);
  let any = false;
  for (let s = 0; s < n; s++) {
    const at = t.entered[base + s] as number;
    const on = member && !Number.isNaN(at) && (method === 'cohort' || inWindow(at, window));
    counted[s] = on ? 1 : 0;
    any ||= on;
  }
  if (!any) return false;
  const current = t.current[r] as number;
  let laterCounted = false;
  for (let s = n - 1; s >= 0; s--) {
    const basis = t.basis[base + s] as number;
    for (const tally of tallies) {
      if (laterCounted && (basis === 0 || basis === INFERRED)) bump(tally.skipped, s);
      if (counted[s] === 0) continue;
      bump(tally.count, s);
      if (s > 0 && counted[s - 1] === 1) bump(tally.advanced, s);
      if (current >= 0 && current < s) bump(tally.movedBack, s);
    }
    if (counted[s] === 1 && s < n - 1) timeInStage(t, r, s, current, tallies);
    laterCounted ||= counted[s] === 1;
  }
  return true;
}

/** Time from entering stage `s` to the first later stage reached at or after that entry. */
function timeInStage(
  t: StageTimelines,
  r: number,
  s: number,
  current: number,
  tallies: readonly SliceTally[],
): void {
  const n = t.rules.stages.length;
  const entry = t.entered[r * n + s] as number;
  if (t.basis[r * n + s] === INFERRED) {
    for (const tally of tallies) bump(tally.inferredEntries, s);
    return;
  }
  let exit = Number.POSITIVE_INFINITY;
  for (let j = s + 1; j < n; j++) {
    const at = t.entered[r * n + j] as number;
    if (at >= entry && at < exit) exit = at;
  }
  for (const tally of tallies) {
    if (exit !== Number.POSITIVE_INFINITY) tally.durations[s]?.push((exit - entry) / DAY);
    else if (current < s) bump(tally.exited, s);
    else tally.ages[s]?.push((t.rules.asOfMs - entry) / DAY);
  }
}

function bump(counts: Int32Array, i: number): void {
  counts[i] = (counts[i] as number) + 1;
}
