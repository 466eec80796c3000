import { formatInstant } from '../time/instant';
import { zonedDayEnd, zonedMidnight } from '../time/zoned-midnight';
import type { Period } from './fields';

/** A period as instants: `[startMs, endMs)`, with its dates and ISO bounds for results. */
export interface PeriodBounds {
  start: string;
  end: string;
  timeZone: string;
  /** Local midnight of `start`, ISO in UTC. */
  startsAt: string;
  /** Local midnight after `end` (excluded), ISO in UTC. */
  endsAt: string;
  startMs: number;
  endMs: number;
}

/** The instants a period covers in a time zone: local midnight to local midnight after. */
export function periodBounds(range: Period, timeZone: string): PeriodBounds {
  const startMs = zonedMidnight(range.start, timeZone);
  const endMs = zonedDayEnd(range.end, timeZone);
  return {
    start: range.start,
    end: range.end,
    timeZone,
    startsAt: formatInstant(startMs),
    endsAt: formatInstant(endMs),
    startMs,
    endMs,
  };
}
