/**
 * Calendar ticks for a time axis without `d3-time` / `d3-time-format` (which `scaleUtc` pulls,
 * with its default English locale): days, weeks, months, quarters or years in UTC, the
 * finest step that keeps ticks at least `spacing` px apart, labelled by `Intl.DateTimeFormat`
 * in the widget's locale.
 */

const DAY = 86_400_000;

/** A step of the time axis. */
export type TimeStep = 'day' | 'week' | 'month' | 'quarter' | 'year';

const STEPS: [TimeStep, number][] = [
  ['day', DAY],
  ['week', 7 * DAY],
  ['month', 30.44 * DAY],
  ['quarter', 91.3 * DAY],
  ['year', 365.25 * DAY],
];

/** One tick: its instant (epoch ms) and the step it was made with. */
export interface TimeTick {
  time: number;
  step: TimeStep;
}

/** Years between year ticks over long spans. */
const YEAR_MULTIPLES = [1, 2, 5, 10, 20, 50, 100];

/** The finest step whose ticks fall at least `spacing` px apart over `width` px (years past that). */
export function timeStep(start: number, end: number, width: number, spacing = 80): TimeStep {
  const span = Math.max(end - start, 1);
  const wanted = Math.max(1, Math.floor(width / spacing));
  for (const [step, size] of STEPS) if (span / size <= wanted) return step;
  return 'year';
}

/** Start of the UTC calendar unit at or after `time`. */
function ceilTo(time: number, step: TimeStep): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  let t: number;
  switch (step) {
    case 'day':
      t = Date.UTC(y, m, d.getUTCDate());
      return t < time ? t + DAY : t;
    case 'week': {
      // Weeks start on Monday (ISO 8601).
      const monday = Date.UTC(y, m, d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
      return monday < time ? monday + 7 * DAY : monday;
    }
    case 'month':
      t = Date.UTC(y, m, 1);
      return t < time ? Date.UTC(y, m + 1, 1) : t;
    case 'quarter': {
      const q = m - (m % 3);
      t = Date.UTC(y, q, 1);
      return t < time ? Date.UTC(y, q + 3, 1) : t;
    }
    case 'year':
      t = Date.UTC(y, 0, 1);
      return t < time ? Date.UTC(y + 1, 0, 1) : t;
  }
}

function next(time: number, step: TimeStep): number {
  const d = new Date(time);
  switch (step) {
    case 'day':
      return time + DAY;
    case 'week':
      return time + 7 * DAY;
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case 'quarter':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
}

/** Calendar ticks inside [start, end] for an axis `width` px wide. */
export function timeTicks(start: number, end: number, width: number, spacing = 80): TimeTick[] {
  const step = timeStep(start, end, width, spacing);
  const wanted = Math.max(1, Math.floor(width / spacing));
  const every =
    step === 'year'
      ? (YEAR_MULTIPLES.find((k) => (end - start) / (k * 365.25 * DAY) <= wanted) ?? 1000)
      : 1;
  const ticks: TimeTick[] = [];
  for (let t = ceilTo(start, step); t <= end && ticks.length < 500; t = next(t, step)) {
    if (step !== 'year' || new Date(t).getUTCFullYear() % every === 0)
      ticks.push({ time: t, step });
  }
  return ticks;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A tick's label in a locale (UTC, as the ticks are): `Mar 4` for days and weeks, `Mar` for
 * months and quarters (`Jan 2026` at a year's start), `2026` for years.
 */
export function formatTimeTick(tick: TimeTick, locale: string): string {
  const d = new Date(tick.time);
  const january = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  const options: Intl.DateTimeFormatOptions =
    tick.step === 'year'
      ? { year: 'numeric' }
      : tick.step === 'day' || tick.step === 'week'
        ? { month: 'short', day: 'numeric' }
        : january
          ? { month: 'short', year: 'numeric' }
          : { month: 'short' };
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(tick.time);
}
