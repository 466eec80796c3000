import type { Episode } from '../lead-timeline/types';
import type { Channel } from '../model/vocabulary';
import { attemptsCheck } from './attempts';
import type { ClockContext } from './clock';
import { firstTouch } from './first-touch';
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

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sales' side over an MQL cohort: each episode's first-touch clock (and attempts clock when
 * committed), tallied overall, per accountable owner and per source channel, with breaches.
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
  const breaches: Breach[] = [];
  for (const ep of cohort) {
    const source = groupOf(sources, ep.channel, withAttempts);
    const touch = firstTouch(ep, ctx, sales.firstTouch.withinBusinessHours);
    overall.firstTouch.add(touch.status);
    source.firstTouch.add(touch.status);
    groupOf(owners, touch.ownerId, withAttempts).firstTouch.add(touch.status);
    if (touch.breach !== null) breaches.push(touch.breach);
    if (attempts === null) continue;
    const cadence = attemptsCheck(ep, ctx, attempts.min, attempts.withinBusinessDays);
    overall.attempts?.add(cadence.status);
    source.attempts?.add(cadence.status);
    groupOf(owners, cadence.ownerId, withAttempts).attempts?.add(cadence.status);
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
      firstTouch: { ...total.firstTouch, ...sales.firstTouch },
      attempts:
        attempts === null || total.attempts === null ? null : { ...total.attempts, ...attempts },
      byOwner,
      bySource,
    },
    breaches,
  };
}
