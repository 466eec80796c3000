import { isoWeekday } from '../time/business-hours-table';
import { addDays, parseIsoDate } from '../time/calendar-date';
import { zonedDate } from '../time/zoned-midnight';

/** A commitment period's cadence. */
export type Per = 'week' | 'month' | 'quarter' | 'year';

function monthStart(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The calendar dates (first and last, both included) of the `per` period that contains
 * `date`: weeks run Monday to Sunday; quarters and years start in `fiscalStartMonth`.
 */
export function periodContaining(
  date: string,
  per: Per,
  fiscalStartMonth: number,
): { start: string; end: string } {
  const { year, month, day } = parseIsoDate(date);
  if (per === 'week') {
    const dayNumber = Date.UTC(year, month - 1, day) / 86_400_000;
    const start = addDays(date, 1 - isoWeekday(dayNumber));
    return { start, end: addDays(start, 6) };
  }
  const length = per === 'month' ? 1 : per === 'quarter' ? 3 : 12;
  const anchor = per === 'month' ? 1 : fiscalStartMonth;
  // Months since the anchor month, rounded down to whole periods.
  const since = (((month - anchor) % 12) + 12) % 12;
  const startMonth = month - (since % length);
  const start = monthStart(year, startMonth);
  return { start, end: addDays(monthStart(year, startMonth + length), -1) };
}

/** The dates of the period containing `asOfMs` in `timeZone`, or of the one before it. */
export function slaPeriod(
  asOfMs: number,
  timeZone: string,
  per: Per,
  fiscalStartMonth: number,
  which: 'current' | 'previous',
): { start: string; end: string } {
  const current = periodContaining(zonedDate(asOfMs, timeZone), per, fiscalStartMonth);
  return which === 'current'
    ? current
    : periodContaining(addDays(current.start, -1), per, fiscalStartMonth);
}
