import type { Goal } from '../model/sales';
import type { FindingCollector } from '../quality/quality-finding';
import type { GoalWarningCode } from './quality-codes';

/**
 * Reports the other goals that measure the same metric, share a team, overlap in time and
 * whose scopes nest (same segment and owner, or one of them not narrowed): their actuals
 * count some of the same records, so adding them double-counts.
 */
export function reportOverlaps(
  goal: Goal,
  goals: readonly Goal[],
  warnings: FindingCollector<GoalWarningCode>,
): void {
  for (const other of goals) {
    if (
      other.id !== goal.id &&
      other.metric === goal.metric &&
      nests(other.segment, goal.segment) &&
      nests(other.ownerId, goal.ownerId) &&
      other.teams.some((team) => goal.teams.includes(team)) &&
      other.periodStart <= goal.periodEnd &&
      goal.periodStart <= other.periodEnd
    ) {
      warnings.add('overlapping_goals', other.id);
    }
  }
}

/** Two scope values nest when equal or when either is unset (the whole). */
function nests(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
