const DAY = 86_400_000;
const ZERO = 48;

// Two decimal digits at `at`; NaN unless both are digits.
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Epoch milliseconds of an ISO-8601 instant, NaN when it is not one. The dataset's shape
 * (`2026-05-15T17:00:00Z`, `…+01:00`, optional fraction) is read from character codes, several
 * times faster than `Date.parse`, which matters over a million records; anything else (a bare
 * date, another layout) goes to `Date.parse`.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n < 20 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return Date.parse(text);
  let i = 19;
  let fraction = 0;
  if (text.charCodeAt(i) === 46) {
    let scale = 100;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i) - ZERO;
      if (d < 0 || d > 9) break;
      fraction += d * scale;
      scale /= 10;
    }
    fraction = Math.floor(fraction);
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(i);
  if ((sign === 43 || sign === 45) && i === n - 6 && text.charCodeAt(i + 3) === 58) {
    offsetMinutes = (two(text, i + 1) * 60 + two(text, i + 4)) * (sign === 45 ? -1 : 1);
  } else if (sign !== 90 || i !== n - 1) return Date.parse(text);
  const ms =
    daysFromCivil(two(text, 0) * 100 + two(text, 2), two(text, 5), two(text, 8)) * DAY +
    two(text, 11) * 3_600_000 +
    two(text, 14) * 60_000 +
    two(text, 17) * 1000 +
    fraction -
    offsetMinutes * 60_000;
  return Number.isNaN(ms) ? Date.parse(text) : ms;
}

/** ISO-8601 text in UTC of epoch milliseconds, without `.000` for whole seconds. */
export function formatInstant(ms: number): string {
  const text = new Date(ms).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, 19)}Z` : text;
}
