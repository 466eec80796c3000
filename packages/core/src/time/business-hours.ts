import * as z from 'zod/mini';
import { englishIssue } from '../options/english-issues';
import { DayTable, dayNumberOf } from './business-hours-table';
import { parseIsoDate } from './calendar-date';
import { timeZoneOffset } from './zoned-midnight';

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

// Through `timeZoneOffset`, whose formatter per zone is cached for the calendar to reuse.
function isTimeZone(zone: string): boolean {
  try {
    timeZoneOffset(0, zone);
    return true;
  } catch {
    return false;
  }
}

const WallTime = (label: string) =>
  z
    .string({ error: `${label} must be a wall time "HH:MM"` })
    .check(z.regex(WALL_TIME, `${label} must be a wall time "HH:MM" from 00:00 to 24:00`));

const Holiday = z.string().check((ctx) => {
  try {
    parseIsoDate(ctx.value);
  } catch {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `holidays must be YYYY-MM-DD dates, got "${ctx.value}"`,
    });
  }
});

/**
 * A working week for SLA clocks: an IANA time zone, the working weekdays, one daily window
 * of wall-clock hours and holidays (dates not worked). `SAMPLE_BUSINESS_HOURS` is one.
 * Defaults: Monday–Friday, 09:00–17:00, no holidays.
 */
export const BusinessHours = z
  .object({
    /** IANA time zone the hours and holidays are read in, e.g. `America/New_York`. */
    timeZone: z
      .string({ error: 'timeZone must be an IANA time zone such as "Europe/Berlin"' })
      .check(
        z.refine(isTimeZone, {
          error: (issue) => `timeZone "${String(issue.input)}" is not an IANA time zone`,
        }),
      ),
    /** Working days as ISO weekdays: 1 = Monday … 7 = Sunday. */
    weekdays: z._default(
      z.readonly(
        z
          .array(
            z.number().check(z.int(), z.gte(1, 'weekdays are 1 (Monday) to 7 (Sunday)'), z.lte(7)),
          )
          .check(z.minLength(1, 'a business calendar needs at least one working weekday')),
      ),
      [1, 2, 3, 4, 5],
    ),
    /** Opening wall time, `HH:MM`. */
    start: z._default(WallTime('start'), '09:00'),
    /** Closing wall time, `HH:MM` (up to `24:00`), after `start`. */
    end: z._default(WallTime('end'), '17:00'),
    /** Dates (`YYYY-MM-DD`, in `timeZone`) with no business hours. */
    holidays: z._default(z.readonly(z.array(Holiday)), []),
  })
  .check(
    z.refine((hours) => minuteOf(hours.start) < minuteOf(hours.end), {
      error: 'end must be after start (overnight windows are not supported)',
      path: ['end'],
    }),
  );
/** Business hours with defaults applied. */
export type BusinessHours = z.output<typeof BusinessHours>;
/** Business hours as a caller writes them: everything but `timeZone` is optional. */
export type BusinessHoursInput = z.input<typeof BusinessHours>;

function minuteOf(wall: string): number {
  return Number(wall.slice(0, 2)) * 60 + Number(wall.slice(3, 5));
}

/** Thrown by `businessCalendar` for hours it cannot use; the message names each problem. */
export class InvalidBusinessHoursError extends RangeError {
  override readonly name = 'InvalidBusinessHoursError';
  /** Each problem as `path: message`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`invalid business hours: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/**
 * Business hours compiled for fast arithmetic; build one with `businessCalendar` and pass it
 * to `businessMillisBetween`, `addBusinessMillis`, `businessDaysBetween` and friends. Days are
 * computed lazily and cached, so reuse one calendar across many calls.
 */
export class BusinessCalendar {
  /** The hours, with defaults applied. */
  readonly hours: BusinessHours;
  /** Business milliseconds in one working day (`end − start`, wall clock). */
  readonly dayMillis: number;
  /** @internal The lazily built day table. */
  readonly table: DayTable;

  /** @internal Use `businessCalendar`, which validates. */
  constructor(hours: BusinessHours) {
    this.hours = hours;
    const startMinute = minuteOf(hours.start);
    const endMinute = minuteOf(hours.end);
    this.dayMillis = (endMinute - startMinute) * 60_000;
    const workingWeekday = Array.from({ length: 8 }, (_, day) => hours.weekdays.includes(day));
    const holidays = new Set(
      hours.holidays.map((date) => {
        const { year, month, day } = parseIsoDate(date);
        return dayNumberOf(year, month, day);
      }),
    );
    this.table = new DayTable({
      timeZone: hours.timeZone,
      workingWeekday,
      startMinute,
      endMinute,
      holidays,
    });
  }
}

/**
 * Compiles business hours into a calendar.
 * @throws {InvalidBusinessHoursError} for an unknown time zone, a weekday outside 1–7, a
 *   malformed wall time or holiday, or an end not after the start.
 */
export function businessCalendar(hours: BusinessHoursInput): BusinessCalendar {
  const parsed = BusinessHours.safeParse(hours, { error: englishIssue });
  if (!parsed.success) {
    throw new InvalidBusinessHoursError(
      parsed.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
      ),
    );
  }
  return new BusinessCalendar(parsed.data);
}

export {
  addBusinessHours,
  addBusinessMillis,
  businessDaysBetween,
  businessMillisBetween,
  isBusinessDay,
} from './business-hours-math';
