import { cohortDelays, type EpisodeDelays, RESPONSE_BANDS } from '../lead-timeline/delays';
import type { Episode } from '../lead-timeline/types';
import { bandShares } from '../stats/bands';
import { percentiles } from '../stats/quantiles';
import type { BusinessCalendar } from '../time/business-hours';
import { rejectedUnseen } from './first-touch';
import type { DelayDistribution, ResponseTimes } from './types';

function distribution(
  values: number[],
  waiting: number,
  rejectedUnseen: number,
): DelayDistribution {
  return {
    ...percentiles(values),
    bands: bandShares(values, RESPONSE_BANDS),
    waiting,
    rejectedUnseen,
  };
}

/**
 * Routing delay, owner delay and speed to lead of episodes, from their per-episode delays. An
 * episode rejected before any touch (`unseen[i]`) has no delay and is not waiting either: it
 * is done, counted apart as `rejectedUnseen`.
 */
export function responseTimes(
  delays: readonly EpisodeDelays[],
  basis: 'business' | 'elapsed',
  unseen: readonly boolean[] = [],
): ResponseTimes {
  const routing: number[] = [];
  const owner: number[] = [];
  const speed: number[] = [];
  const done = { routing: 0, owner: 0, speed: 0 };
  delays.forEach((delay, i) => {
    const closed = unseen[i] === true;
    if (delay.routing !== null) routing.push(delay.routing);
    else if (closed) done.routing++;
    if (delay.owner !== null) owner.push(delay.owner);
    else if (closed) done.owner++;
    if (delay.speedToLead !== null) speed.push(delay.speedToLead);
    else if (closed) done.speed++;
  });
  const n = delays.length;
  return {
    basis,
    routingDelay: distribution(routing, n - routing.length - done.routing, done.routing),
    ownerDelay: distribution(owner, n - owner.length - done.owner, done.owner),
    speedToLead: distribution(speed, n - speed.length - done.speed, done.speed),
  };
}

/**
 * Response times of a shared cohort's episodes (see `SharedTimeline.cohort`) in business time
 * (`calendar`) and in wall-clock time.
 */
export function bothResponseTimes(episodes: readonly Episode[], calendar: BusinessCalendar) {
  const unseen = episodes.map(rejectedUnseen);
  return {
    business: responseTimes(cohortDelays(episodes, calendar), 'business', unseen),
    elapsed: responseTimes(cohortDelays(episodes, null), 'elapsed', unseen),
  };
}
