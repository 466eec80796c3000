import type { BusinessCalendar } from './business-hours';
import { dayNumberOf, isoWeekday } from './business-hours-table';
import { parseIsoDate } from './calendar-date';

const HOUR = 3_600_000;

/**
 * Business time between two instants (epoch ms) in milliseconds: the part of `[from, to)`
 * that falls inside working hours on working days that are not holidays, read in the
 * calendar's time zone (daylight-saving changes included). Signed: negative when `to` is
 * before `from`, so `between(a, b) + between(b, c) = between(a, c)`.
 */
export function businessMillisBetween(
  calendar: BusinessCalendar,
  fromMs: number,
  toMs: number,
): number {
  const table = calendar.table;
  // Index both before reading: building days for one may rebuild the running totals.
  table.indexOf(fromMs);
  table.indexOf(toMs);
  const a = table.businessUntil(fromMs, table.indexOf(fromMs));
  const b = table.businessUntil(toMs, table.indexOf(toMs));
  return b - a;
}

/**
 * Business milliseconds from a fixed origin of the calendar to each instant (NaN stays NaN),
 * so that `offsets[j] − offsets[i]` is `businessMillisBetween(instants[i], instants[j])`: a
 * caller needing several intervals over the same instants looks each up once.
 */
export function businessOffsets(calendar: BusinessCalendar, instants: readonly number[]): number[] {
  const table = calendar.table;
  // Index all before reading: building days for one may rebuild the running totals.
  for (const ms of instants) if (!Number.isNaN(ms)) table.indexOf(ms);
  return instants.map((ms) => (Number.isNaN(ms) ? ms : table.businessUntil(ms, table.indexOf(ms))));
}

/**
 * The earliest instant at which `ms` business milliseconds have passed since `startMs`: a
 * Friday 16:00 start plus 2 business hours (09:00–17:00, Mon–Fri) is Monday 10:00. Adding 0
 * returns `startMs` itself, even outside business hours.
 * @throws {RangeError} for a negative or non-finite amount, or a calendar with no business
 *   hours for twenty years after `startMs`.
 */
export function addBusinessMillis(calendar: BusinessCalendar, startMs: number, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`business time to add must be a finite number ≥ 0, got ${ms}`);
  }
  if (ms === 0) return startMs;
  const table = calendar.table;
  const day = table.indexOf(startMs);
  return table.instantAtBusiness(table.businessUntil(startMs, day) + ms, day);
}

/** `addBusinessMillis` in hours: the SLA deadline `hours` business hours after `startMs`. */
export function addBusinessHours(
  calendar: BusinessCalendar,
  startMs: number,
  hours: number,
): number {
  return addBusinessMillis(calendar, startMs, hours * HOUR);
}

function dayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return dayNumberOf(year, month, day);
}

/**
 * Working days from `startDate` to `endDate` (`YYYY-MM-DD`), counted like `daysBetween`:
 * `startDate` included, `endDate` excluded, negative when reversed. For a period whose last
 * day is included, pass the day after it: `businessDaysBetween(cal, '2026-04-01',
 * '2026-07-01')` is the working days of Q2 2026.
 * @throws {RangeError} for a malformed date.
 */
export function businessDaysBetween(
  calendar: BusinessCalendar,
  startDate: string,
  endDate: string,
): number {
  return calendar.table.workdaysBetween(dayNumber(startDate), dayNumber(endDate));
}

/**
 * Whether a date (`YYYY-MM-DD`) is a working day: a working weekday that is not a holiday.
 * @throws {RangeError} for a malformed date.
 */
export function isBusinessDay(calendar: BusinessCalendar, date: string): boolean {
  const day = dayNumber(date);
  return (
    calendar.hours.weekdays.includes(isoWeekday(day)) && !calendar.hours.holidays.includes(date)
  );
}
