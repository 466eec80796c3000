import * as z from 'zod';
import { IsoDate } from '../model/primitives';
import { formatInstant } from '../time/instant';
import { zonedDayEnd, zonedMidnight } from '../time/zoned-midnight';

/** A run of calendar dates, both included, read in a time zone. */
export const DateRange = z
  .strictObject({
    /** First day, `YYYY-MM-DD`. */
    start: IsoDate,
    /** Last day, `YYYY-MM-DD`, included. */
    end: IsoDate,
  })
  .refine((range) => range.start <= range.end, {
    error: 'period.end must not be before period.start',
    path: ['end'],
  });
/** A run of calendar dates (`start`, `end`, both included). */
export type DateRange = z.infer<typeof DateRange>;

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

/** The instants a date range covers in a time zone: local midnight to local midnight after. */
export function periodBounds(range: DateRange, timeZone: string): PeriodBounds {
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
