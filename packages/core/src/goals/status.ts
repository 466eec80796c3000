import type { GoalStatus } from './types';

/** Status thresholds: the basis must reach `ahead`, `onTrack` or `atRisk` (1 = on pace). */
export interface Thresholds {
  ahead: number;
  onTrack: number;
  atRisk: number;
}

/**
 * ahead when value ≥ ahead, on track when ≥ onTrack, at risk when ≥ atRisk, else behind;
 * null when there is no value (the period has not started, or the target is 0).
 */
export function goalStatus(value: number | null, t: Thresholds): GoalStatus | null {
  if (value === null) return null;
  if (value >= t.ahead) return 'ahead';
  if (value >= t.onTrack) return 'on-track';
  if (value >= t.atRisk) return 'at-risk';
  return 'behind';
}

/** The status rule in words, thresholds filled in. */
export function statusText(basis: 'pacing' | 'pipeline-forecast', t: Thresholds): string {
  const what =
    basis === 'pacing'
      ? 'pacing (attainment ÷ elapsed share of the period; 1 = on pace)'
      : 'pipeline forecast ÷ target (pacing when the metric has no pipeline forecast)';
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return `Status compares ${what}: ahead ≥ ${pct(t.ahead)}, on track ≥ ${pct(t.onTrack)}, at risk ≥ ${pct(t.atRisk)}, behind below.`;
}
