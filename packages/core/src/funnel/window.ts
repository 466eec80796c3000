import { zonedDayEnd, zonedMidnight } from '../time/zoned-midnight';

/** A period of calendar dates in a time zone, as the half-open instant range `[startMs, endMs)`. */
export interface DateWindow {
  start: string;
  end: string;
  timeZone: string;
  startMs: number;
  endMs: number;
}

/** The instants of the dates `start`..`end` (both included) in `timeZone`. */
export function dateWindow(start: string, end: string, timeZone: string): DateWindow {
  return {
    start,
    end,
    timeZone,
    startMs: zonedMidnight(start, timeZone),
    endMs: zonedDayEnd(end, timeZone),
  };
}

/** True when `ms` lies in the window. */
export function inWindow(ms: number, window: DateWindow): boolean {
  return ms >= window.startMs && ms < window.endMs;
}
