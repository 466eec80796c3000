import { type EpisodeDelays, episodeDelays, RESPONSE_BANDS } from '../lead-timeline/delays';
import type { Episode } from '../lead-timeline/types';
import { bandShares } from '../stats/bands';
import { percentiles } from '../stats/quantiles';
import type { BusinessCalendar } from '../time/business-hours';
import type { DelayDistribution, ResponseTimes } from './types';

function distribution(values: number[], waiting: number): DelayDistribution {
  return { ...percentiles(values), bands: bandShares(values, RESPONSE_BANDS), waiting };
}

/** Routing delay, owner delay and speed to lead of episodes, from their per-episode delays. */
export function responseTimes(
  delays: readonly EpisodeDelays[],
  basis: 'business' | 'elapsed',
): ResponseTimes {
  const routing: number[] = [];
  const owner: number[] = [];
  const speed: number[] = [];
  for (const delay of delays) {
    if (delay.routing !== null) routing.push(delay.routing);
    if (delay.owner !== null) owner.push(delay.owner);
    if (delay.speedToLead !== null) speed.push(delay.speedToLead);
  }
  return {
    basis,
    routingDelay: distribution(routing, delays.length - routing.length),
    ownerDelay: distribution(owner, delays.length - owner.length),
    speedToLead: distribution(speed, delays.length - speed.length),
  };
}

/** Response times of episodes in business time (`calendar`) and in wall-clock time. */
export function bothResponseTimes(episodes: readonly Episode[], calendar: BusinessCalendar) {
  return {
    business: responseTimes(
      episodes.map((ep) => episodeDelays(ep, calendar)),
      'business',
    ),
    elapsed: responseTimes(
      episodes.map((ep) => episodeDelays(ep, null)),
      'elapsed',
    ),
  };
}
