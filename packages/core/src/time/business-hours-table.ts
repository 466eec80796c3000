import { timeZoneOffset, zonedMidnight } from './zoned-midnight';

const DAY = 86_400_000;
const MINUTE = 60_000;
// A calendar first covers this many days either side of the first instant asked about.
const PAD_DAYS = 400;
// `addBusiness` gives up after this many days without a single business minute.
const MAX_EMPTY_DAYS = 366 * 20;

/** The days since 1970-01-01 of a calendar date's year, month (1–12) and day. */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

function dateText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** What a day table needs to know about the working week. */
export interface DayRules {
  readonly timeZone: string;
  /** Indexed by ISO weekday (1–7): whether that weekday is worked. */
  readonly workingWeekday: readonly boolean[];
  /** Opening and closing wall times, minutes after local midnight (`end` may be 1440). */
  readonly startMinute: number;
  readonly endMinute: number;
  /** Holidays as day numbers. */
  readonly holidays: ReadonlySet<number>;
}

/**
 * Local days of a business calendar as instants, built lazily around the instants asked about:
 * each day's midnight, opening and closing, and running totals of business time and business
 * days, so a duration between two instants is two lookups (O(1) after the days are built).
 * `Intl` is asked once per day (twice more on a daylight-saving change day).
 */
export class DayTable {
  private first = 0;
  private midnight: number[] = [];
  private open: number[] = [];
  private close: number[] = [];
  /** Business milliseconds before each day (index i) since the first day; length days + 1. */
  private businessBefore: number[] = [];
  /** Business days before each day; length days + 1. */
  private workdaysBefore: number[] = [];
  private lastOffset = 0;
  /** Days before this one are known to end with the offset they start with. */
  private stableBefore = Number.NEGATIVE_INFINITY;

  constructor(private readonly rules: DayRules) {}

  private get days(): number {
    return this.open.length;
  }

  /** Makes sure days `lo` (inclusive) to `hi` (exclusive) are built. */
  cover(lo: number, hi: number): void {
    const days = this.days;
    if (days > 0 && lo >= this.first && hi <= this.first + days) return;
    const pad = Math.max(PAD_DAYS, days);
    if (days === 0) {
      this.reset(lo - pad);
      this.append(hi + pad);
    } else if (lo < this.first) {
      // Running totals start at the first day, so growing backwards rebuilds the table.
      const end = Math.max(hi, this.first + days);
      this.reset(lo - pad);
      this.append(end);
    } else {
      this.append(hi + pad);
    }
  }

  private reset(first: number): void {
    this.first = first;
    const start = zonedMidnight(dateText(first), this.rules.timeZone);
    this.midnight = [start];
    this.open = [];
    this.close = [];
    this.businessBefore = [0];
    this.workdaysBefore = [0];
    this.lastOffset = timeZoneOffset(start, this.rules.timeZone);
    this.stableBefore = Number.NEGATIVE_INFINITY;
  }

  private append(endDay: number): void {
    const { timeZone, workingWeekday, holidays, startMinute, endMinute } = this.rules;
    for (let day = this.first + this.days; day < endDay; day++) {
      const i = day - this.first;
      const dayStart = this.midnight[i] as number;
      const before = this.lastOffset;
      // Guess the next midnight with today's offset. `Intl` checks a week ahead: the same offset
      // there means no change in between (zones change at most once a week); otherwise each day
      // is checked, and on a change day the midnight is computed exactly.
      let next = (day + 1) * DAY - before;
      let after = before;
      if (day >= this.stableBefore) {
        if (timeZoneOffset((day + 7) * DAY - before, timeZone) === before) {
          this.stableBefore = day + 7;
        } else if (timeZoneOffset(next, timeZone) !== before) {
          next = zonedMidnight(dateText(day + 1), timeZone);
          after = timeZoneOffset(next, timeZone);
        }
      }
      let open = dayStart;
      let close = dayStart;
      if (workingWeekday[isoWeekday(day)] === true && !holidays.has(day)) {
        open = this.instantOf(day, startMinute, before, after, dayStart, next);
        close = this.instantOf(day, endMinute, before, after, dayStart, next);
      }
      this.midnight.push(next);
      this.open.push(open);
      this.close.push(close);
      this.businessBefore.push((this.businessBefore[i] as number) + (close - open));
      this.workdaysBefore.push((this.workdaysBefore[i] as number) + (close > open ? 1 : 0));
      this.lastOffset = after;
    }
  }

  /**
   * The instant a wall time of `day` happens. On a change day: the earlier of two readings
   * when the wall time repeats, and the reading with the old offset when it falls in the gap
   * (02:30 on a spring-forward day is 03:30 new time, as `Temporal`'s "compatible" does).
   */
  private instantOf(
    day: number,
    minute: number,
    before: number,
    after: number,
    dayStart: number,
    dayEnd: number,
  ): number {
    const wall = day * DAY + minute * MINUTE;
    let instant = wall - before;
    if (before !== after) {
      const later = wall - after;
      const earlyValid = timeZoneOffset(instant, this.rules.timeZone) === before;
      const lateValid = timeZoneOffset(later, this.rules.timeZone) === after;
      if (earlyValid && lateValid) instant = Math.min(instant, later);
      else if (lateValid) instant = later;
    }
    return Math.min(Math.max(instant, dayStart), dayEnd);
  }

  /** Index of the day an instant falls in, building days as needed. */
  indexOf(ms: number): number {
    const days = this.days;
    if (days === 0 || ms < (this.midnight[0] as number) || ms >= (this.midnight[days] as number)) {
      const day = Math.floor((ms + this.lastOffset) / DAY);
      this.cover(day - 1, day + 2);
    }
    const last = this.days - 1;
    let i = Math.min(last, Math.max(0, Math.floor((ms - (this.midnight[0] as number)) / DAY)));
    while (i > 0 && ms < (this.midnight[i] as number)) i--;
    while (i < last && ms >= (this.midnight[i + 1] as number)) i++;
    return i;
  }

  /** Business milliseconds from the first day's midnight to `ms`; the day must be built. */
  businessUntil(ms: number, i: number): number {
    const open = this.open[i] as number;
    const passed = Math.min(ms, this.close[i] as number) - open;
    return (this.businessBefore[i] as number) + Math.max(passed, 0);
  }

  /**
   * The earliest instant at which the business time since the first day's midnight reaches
   * `target`, searching from day `from`; builds days forward as needed.
   * @throws {RangeError} when no business hours occur for twenty years.
   */
  instantAtBusiness(target: number, from: number): number {
    let added = 0;
    while ((this.businessBefore[this.days] as number) < target) {
      const before = this.businessBefore[this.days] as number;
      this.append(this.first + this.days * 2);
      if ((this.businessBefore[this.days] as number) === before) {
        added += this.days;
        if (added > MAX_EMPTY_DAYS) {
          throw new RangeError('the business calendar has no business hours after this instant');
        }
      }
    }
    let lo = from;
    let hi = this.days - 1;
    // The first day whose running total after it reaches the target.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.businessBefore[mid + 1] as number) >= target) hi = mid;
      else lo = mid + 1;
    }
    return (this.open[lo] as number) + (target - (this.businessBefore[lo] as number));
  }

  /** Business days from day number `a` to day number `b` (`b − a` semantics, signed). */
  workdaysBetween(a: number, b: number): number {
    this.cover(Math.min(a, b), Math.max(a, b) + 1);
    return (
      (this.workdaysBefore[b - this.first] as number) -
      (this.workdaysBefore[a - this.first] as number)
    );
  }
}
