import type { BandEdge } from '../stats/bands';
import type { BusinessCalendar } from '../time/business-hours';
import { businessOffsets } from '../time/business-hours-math';
import type { Episode } from './types';

const MINUTE = 60_000;

/**
 * Speed to lead of one episode, split so neither team carries the other's gap, in minutes
 * (null while still waiting):
 * - routing delay = assignment − MQL (the systems' and routers' time);
 * - owner delay = first human touch − assignment (the owner's time);
 * - speed to lead = first human touch − MQL = routing + owner delay.
 * A touch before the assignment (someone worked the lead while it sat in a queue) ends the
 * routing delay at that touch, and the owner delay is then 0.
 */
export interface EpisodeDelays {
  routing: number | null;
  owner: number | null;
  speedToLead: number | null;
}

function minutesBetween(from: number, to: number): number | null {
  return Number.isNaN(from) || Number.isNaN(to) ? null : (to - from) / MINUTE;
}

/** The delays of an episode in business minutes (`calendar`) or wall-clock minutes (null). */
export function episodeDelays(ep: Episode, calendar: BusinessCalendar | null): EpisodeDelays {
  const touchMs = ep.attemptMs.length > 0 ? (ep.attemptMs[0] as number) : Number.NaN;
  const routedMs = Number.isNaN(touchMs)
    ? ep.assignedMs
    : Number.isNaN(ep.assignedMs)
      ? touchMs
      : Math.min(ep.assignedMs, touchMs);
  if (calendar === null) {
    return {
      routing: minutesBetween(ep.mqlMs, routedMs),
      owner: minutesBetween(routedMs, touchMs),
      speedToLead: minutesBetween(ep.mqlMs, touchMs),
    };
  }
  // Three intervals over three instants: each instant is looked up once, not once per pair.
  const [mql, routed, touch] = businessOffsets(calendar, [ep.mqlMs, routedMs, touchMs]) as [
    number,
    number,
    number,
  ];
  return {
    routing: minutesBetween(mql, routed),
    owner: minutesBetween(routed, touch),
    speedToLead: minutesBetween(mql, touch),
  };
}

const cohortCache = new WeakMap<readonly Episode[], Map<string, readonly EpisodeDelays[]>>();

/**
 * The delays of every episode of a shared cohort (see `SharedTimeline.cohort`) in business
 * minutes of `calendar` (or wall-clock minutes, null), by position, computed once per cohort
 * and calendar: a dashboard calling `handoff` again, or `evaluateSla` beside it, does not
 * look up a hundred thousand instants in the calendar again. Shared: not to be changed.
 * @param order the positions to compute in (say, the episodes' order in memory); all of them
 */
export function cohortDelays(
  episodes: readonly Episode[],
  calendar: BusinessCalendar | null,
  order?: Int32Array,
): readonly EpisodeDelays[] {
  let byCalendar = cohortCache.get(episodes);
  if (!byCalendar) {
    byCalendar = new Map();
    cohortCache.set(episodes, byCalendar);
  }
  const key = calendar === null ? '' : JSON.stringify(calendar.hours);
  let delays = byCalendar.get(key);
  if (delays === undefined) {
    if (order === undefined) delays = episodes.map((ep) => episodeDelays(ep, calendar));
    else {
      // In the order the episodes lie in memory: read in MQL order, each is a cache miss.
      const byPosition = new Array<EpisodeDelays | null>(episodes.length).fill(null);
      for (let k = 0; k < order.length; k++) {
        const i = order[k] as number;
        byPosition[i] = episodeDelays(episodes[i] as Episode, calendar);
      }
      delays = byPosition as EpisodeDelays[];
    }
    byCalendar.set(key, delays);
  }
  return delays;
}

/** The response-time bands results report, in minutes: 0–5 min, 5–60 min, 1–24 h, > 24 h. */
export const RESPONSE_BANDS: readonly BandEdge[] = [
  { label: '0–5 min', to: 5 },
  { label: '5–60 min', to: 60 },
  { label: '1–24 h', to: 1440 },
  { label: '> 24 h', to: null },
];

/** The index in `RESPONSE_BANDS` of a duration in minutes (an edge falls in the upper band). */
export function responseBand(minutes: number): number {
  let band = 0;
  while (band < RESPONSE_BANDS.length - 1 && minutes >= (RESPONSE_BANDS[band]?.to ?? 0)) band++;
  return band;
}
