import type { Team } from '../model/vocabulary';
import { parseInstant } from '../time/instant';
import { type Counted, counts, deletedByAsOf, type MeasureContext } from './measure-context';

/**
 * Meetings: activities of type `meeting` that occurred in the period and were not marked not
 * done (`done: false`). Under `meetings: 'goal-teams'` (default) only meetings owned by a user
 * of one of the goal's teams count; a meeting without an owner is reported, not counted.
 */
export function measureMeetings(ctx: MeasureContext): Counted[] {
  const teamOf = new Map<string, Team | null>(ctx.dataset.users.map((u) => [u.id, u.team]));
  const anyOwner = ctx.options.meetings === 'any-owner';
  const out: Counted[] = [];
  for (const activity of ctx.dataset.activities) {
    if (activity.type !== 'meeting' || activity.done === false) continue;
    if (!ctx.inScope(activity.ownerId, activity.accountId) || deletedByAsOf(activity, ctx))
      continue;
    if (activity.occurredAt === null) {
      ctx.quality.add('activity_missing_occurred_at', activity.id);
      continue;
    }
    if (!counts(parseInstant(activity.occurredAt), ctx)) continue;
    if (!anyOwner) {
      if (activity.ownerId === null) {
        ctx.quality.add('activity_missing_owner', activity.id);
        continue;
      }
      const team = teamOf.get(activity.ownerId) ?? null;
      if (team === null || !ctx.goal.teams.includes(team)) continue;
    }
    out.push({
      id: activity.id,
      value: 1n,
      source: {
        personId: activity.personIds[0] ?? null,
        leadSource: null,
        ownerId: activity.ownerId,
      },
    });
  }
  return out;
}
