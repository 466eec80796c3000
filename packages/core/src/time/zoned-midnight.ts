import { addDays, parseIsoDate } from './calendar-date';

// Created on first use: nothing runs at import time.
let formatters: Map<string, Intl.DateTimeFormat> | undefined;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  formatters ??= new Map();
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a time zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall-clock time an instant shows in an IANA time zone.
 * @throws {RangeError} for an unknown time zone.
 */
export function wallTime(epochMs: number, timeZone: string): WallTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

/**
 * The offset of a time zone from UTC at an instant, in milliseconds (east positive:
 * Europe/Berlin in winter is +3 600 000).
 */
export function timeZoneOffset(epochMs: number, timeZone: string): number {
  const wall = wallTime(epochMs, timeZone);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  // Intl reports whole seconds: compare against the instant truncated to the second.
  return wallAsUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function zonedDate(epochMs: number, timeZone: string): string {
  const { year, month, day } = wallTime(epochMs, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const HOUR = 3_600_000;

/**
 * The first instant of a calendar date in an IANA time zone, in epoch milliseconds: local
 * midnight, computed with `Intl` so daylight-saving changes are honoured
 * (America/New_York 2026-03-08 starts at 05:00Z and lasts 23 hours).
 *
 * - When midnight happens twice (clocks fall back from 01:00 to 00:00), the earlier one.
 * - When midnight does not exist (clocks spring forward at 00:00, e.g. America/Santiago),
 *   the instant of the change, when local clocks show 01:00.
 *
 * @param date a calendar date `YYYY-MM-DD`
 * @param timeZone an IANA time zone such as `Europe/Berlin`, or `UTC`
 * @throws {RangeError} for a malformed date or an unknown time zone.
 */
export function zonedMidnight(date: string, timeZone: string): number {
  const { year, month, day } = parseIsoDate(date);
  const wallMidnight = Date.UTC(year, month - 1, day);
  // Every offset in use around that day: the ones a day before and a day after the wall time
  // cover any single transition near midnight.
  const offsets = new Set([
    timeZoneOffset(wallMidnight - 24 * HOUR, timeZone),
    timeZoneOffset(wallMidnight, timeZone),
    timeZoneOffset(wallMidnight + 24 * HOUR, timeZone),
  ]);
  const exact: number[] = [];
  for (const offset of offsets) {
    const candidate = wallMidnight - offset;
    if (timeZoneOffset(candidate, timeZone) === offset) exact.push(candidate);
  }
  if (exact.length > 0) return Math.min(...exact);
  return firstInstantAfterGap(date, wallMidnight, offsets, timeZone);
}

/** Midnight fell in a spring-forward gap: the day starts at the transition itself. */
function firstInstantAfterGap(
  date: string,
  wallMidnight: number,
  offsets: Set<number>,
  timeZone: string,
): number {
  // The transition lies between midnight read with the larger (later) offset and midnight
  // read with the smaller (earlier) one; search for the first instant on `date`.
  let low = wallMidnight - Math.max(...offsets);
  let high = wallMidnight - Math.min(...offsets);
  if (zonedDate(high, timeZone) !== date) {
    throw new RangeError(`cannot find the start of ${date} in time zone ${timeZone}`);
  }
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (zonedDate(middle, timeZone) === date) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The instant a run of calendar dates ends in a time zone: midnight after the last day, so
 * `[zonedMidnight(first), zonedDayEnd(last))` is the half-open interval of the whole period.
 */
export function zonedDayEnd(date: string, timeZone: string): number {
  return zonedMidnight(addDays(date, 1), timeZone);
}
