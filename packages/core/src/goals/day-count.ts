import {
  type BusinessCalendar,
  businessDaysBetween,
  businessMillisBetween,
} from '../time/business-hours';
import { addDays } from '../time/calendar-date';
import { zonedDate, zonedMidnight } from '../time/zoned-midnight';
import type { GoalPeriod } from './period';

/**
 * How far a period has run, in calendar or business days: `elapsed / total` as an exact
 * ratio of integers (`elapsedFraction = Number(elapsed) / Number(total)`), so money derived
 * from it rounds once.
 */
export interface DayCount {
  kind: 'calendar' | 'business';
  /** Days of that kind in the period. */
  periodDays: number;
  elapsed: bigint;
  total: bigint;
}

/**
 * Calendar days: elapsed milliseconds over the period's milliseconds (a 23-hour DST day
 * counts 23 hours). Business days: the working days before the as-of date, plus the share of
 * the as-of date's business hours gone by (none on a day off), over the period's working days
 * (working weekdays, hours and holidays of `calendar`, dates read in the period's time zone).
 */
export function countDays(
  period: GoalPeriod,
  asOfMs: number,
  calendar: BusinessCalendar | null,
): DayCount {
  const spanMs = period.endMs - period.startMs;
  const clampedMs = Math.min(Math.max(asOfMs - period.startMs, 0), spanMs);
  if (calendar === null) {
    return {
      kind: 'calendar',
      periodDays: period.days,
      elapsed: BigInt(clampedMs),
      total: BigInt(spanMs),
    };
  }
  const periodDays = businessDaysBetween(calendar, period.start, addDays(period.end, 1));
  const total = BigInt(Math.max(periodDays, 1));
  if (clampedMs === 0) return { kind: 'business', periodDays, elapsed: 0n, total };
  if (clampedMs === spanMs) return { kind: 'business', periodDays, elapsed: total, total };
  const today = zonedDate(asOfMs, period.timeZone);
  const dayStart = zonedMidnight(today, period.timeZone);
  // The as-of day counts the business hours gone by over its business hours (as the SLA's
  // business pacing does): before opening nothing, after closing the whole day.
  const dayMs = BigInt(calendar.dayMillis);
  const full = BigInt(businessDaysBetween(calendar, period.start, today));
  const partial = BigInt(businessMillisBetween(calendar, dayStart, asOfMs));
  return { kind: 'business', periodDays, elapsed: full * dayMs + partial, total: total * dayMs };
}
