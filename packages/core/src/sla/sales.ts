import type { Episode } from '../lead-timeline/types';
import type { Channel } from '../model/vocabulary';
import { attemptsCheck } from './attempts';
import type { ClockContext, ClockOutcome } from './clock';
import { firstTouch, rejectedUnseen } from './first-touch';
import type { ResolvedSla } from './schema';
import { GroupTally } from './tally';
import type { Breach, SlaEvaluation } from './types';

function groupOf<K>(groups: Map<K, GroupTally>, key: K, withAttempts: boolean): GroupTally {
  let group = groups.get(key);
  if (group === undefined) {
    group = new GroupTally(withAttempts);
    groups.set(key, group);
  }
  return group;
}

/** A clock nobody owned: never started (never assigned) or breached before an assignment. */
function routedAway(clock: ClockOutcome): boolean {
  return clock.status === 'not_started' || clock.breach?.responsible === 'routing';
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sales' side over an MQL cohort: each episode's first-touch clock (and attempts clock when
 * committed), tallied overall, per accountable owner and per source channel, with breaches.
 * A clock nobody owned — never started (never assigned) or breached with nobody assigned at
 * its deadline — is tallied under `routing`, not under the queue that held the lead;
 * `byOwner` and `routing` add up to the whole.
 */
export function salesAttainment(
  cohort: readonly Episode[],
  ctx: ClockContext,
  sales: ResolvedSla['sales'],
): { sales: SlaEvaluation['sales']; breaches: Breach[] } {
  const attempts = sales.attempts ?? null;
  const withAttempts = attempts !== null;
  const overall = new GroupTally(withAttempts);
  const owners = new Map<string | null, GroupTally>();
  const sources = new Map<Channel, GroupTally>();
  // Breaches nobody was assigned for in time: charged to routing, not to a queue as an owner.
  const routing = new GroupTally(withAttempts);
  const breaches: Breach[] = [];
  let unseen = 0;
  for (const ep of cohort) {
    const source = groupOf(sources, ep.channel, withAttempts);
    if (rejectedUnseen(ep)) unseen++;
    const touch = firstTouch(ep, ctx, sales.firstTouch);
    overall.firstTouch.add(touch.status);
    source.firstTouch.add(touch.status);
    const touchGroup = routedAway(touch) ? routing : groupOf(owners, touch.ownerId, withAttempts);
    touchGroup.firstTouch.add(touch.status);
    if (touch.breach !== null) breaches.push(touch.breach);
    if (attempts === null) continue;
    const cadence = attemptsCheck(ep, ctx, attempts.min, attempts.withinBusinessDays);
    overall.attempts?.add(cadence.status);
    source.attempts?.add(cadence.status);
    const cadenceGroup = routedAway(cadence)
      ? routing
      : groupOf(owners, cadence.ownerId, withAttempts);
    cadenceGroup.attempts?.add(cadence.status);
    if (cadence.breach !== null) breaches.push(cadence.breach);
  }
  const total = overall.result();
  const byOwner = [...owners].map(([ownerId, group]) => {
    const user = ownerId === null ? undefined : ctx.users.get(ownerId);
    const name = ownerId === null ? '(no owner)' : (user?.name ?? ownerId);
    return { ownerId, name, active: user?.active ?? null, ...group.result() };
  });
  byOwner.sort((a, b) => cmp(a.name, b.name) || cmp(a.ownerId ?? '', b.ownerId ?? ''));
  const bySource = [...sources]
    .map(([channel, group]) => ({ channel, ...group.result() }))
    .sort((a, b) => cmp(a.channel, b.channel));
  return {
    sales: {
      firstTouch: { ...total.firstTouch, ...sales.firstTouch, rejectedUnseen: unseen },
      attempts:
        attempts === null || total.attempts === null ? null : { ...total.attempts, ...attempts },
      byOwner,
      bySource,
      routing: routing.result(),
    },
    breaches,
  };
}
