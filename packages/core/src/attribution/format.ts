import { zonedDate } from '../time/zoned-midnight';

const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The UTC civil date of an instant without allocating a `Date` (days → civil date, Howard
 * Hinnant's algorithm): `{ year, month, day }` and the milliseconds into that day.
 */
function civil(epochMs: number): { year: number; month: number; day: number; msOfDay: number } {
  const days = Math.floor(epochMs / DAY_MS);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day, msOfDay: epochMs - days * DAY_MS };
}

/** `YYYY-MM` of a UTC instant, without allocating a Date. */
export function utcMonth(epochMs: number): string {
  const { year, month } = civil(epochMs);
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a time zone, for explanations; UTC takes
 * a fast path without `Intl` or `Date`.
 */
export function formatDate(epochMs: number, timeZone: string): string {
  if (timeZone !== 'UTC') return zonedDate(epochMs, timeZone);
  const { year, month, day } = civil(epochMs);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** An instant as ISO-8601 in UTC (`2026-03-07T10:15:00.000Z`), as `Date#toISOString` writes it. */
export function formatInstant(epochMs: number): string {
  const { year, month, day, msOfDay } = civil(epochMs);
  if (year < 0 || year > 9999) return new Date(epochMs).toISOString();
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor(msOfDay / 60_000) % 60;
  const seconds = Math.floor(msOfDay / 1000) % 60;
  const millis = msOfDay % 1000;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${String(millis).padStart(3, '0')}Z`;
}

/**
 * A share as a percentage for people: at most two decimals, trailing zeros dropped
 * (`0.3` → "30%", `0.025` → "2.5%", `1/3` → "33.33%", `0.00001` → "0.001%").
 */
export function formatPercent(share: number): string {
  const percent = share * 100;
  if (percent !== 0 && Math.abs(percent) < 0.01) return `${Number(percent.toPrecision(1))}%`;
  const rounded = Math.round(percent * 100) / 100;
  return `${rounded === 0 ? 0 : rounded}%`;
}

/** A number with at most `digits` decimals, trailing zeros dropped (`0.5520` → "0.552"). */
export function formatNumber(value: number, digits = 3): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return String(rounded === 0 ? 0 : rounded);
}
