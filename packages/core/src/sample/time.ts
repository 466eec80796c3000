import { SAMPLE_AS_OF, SAMPLE_START } from './constants';

/*
 * Time for the generator: epoch milliseconds inside, ISO text outside. The four zones buyers
 * live in carry their real DST rules (US and EU) as precomputed transition instants, so a
 * touch in London in July prints `+01:00` and one in January `+00:00` without `Intl`, which is
 * too slow for a million records.
 */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const START_MS = Date.parse(SAMPLE_START);
export const AS_OF_MS = Date.parse(SAMPLE_AS_OF);

/** Zone indexes: 0 New York (the company), 1 Los Angeles, 2 London, 3 Berlin. */
export type ZoneId = 0 | 1 | 2 | 3;
export const NEW_YORK: ZoneId = 0;
export const LOS_ANGELES: ZoneId = 1;
export const LONDON: ZoneId = 2;
export const BERLIN: ZoneId = 3;

interface ZoneRule {
  /** Standard and daylight offsets in minutes east of UTC. */
  std: number;
  dst: number;
  /** [start, end) instants of daylight time, one pair per year. */
  daylight: [number, number][];
}

const YEARS = [2023, 2024, 2025, 2026, 2027];

function nthSunday(year: number, month: number, n: number): number {
  const firstDow = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - firstDow) % 7) + 7 * (n - 1);
}

function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lastDow = new Date(Date.UTC(year, month, lastDay)).getUTCDay();
  return lastDay - lastDow;
}

// US: 2:00 local on the second Sunday of March to 2:00 local on the first Sunday of November.
function usRule(std: number): ZoneRule {
  return {
    std,
    dst: std + 60,
    daylight: YEARS.map((y) => [
      Date.UTC(y, 2, nthSunday(y, 2, 2), 2) - std * MINUTE,
      Date.UTC(y, 10, nthSunday(y, 10, 1), 2) - (std + 60) * MINUTE,
    ]),
  };
}

// EU: 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
function euRule(std: number): ZoneRule {
  return {
    std,
    dst: std + 60,
    daylight: YEARS.map((y) => [
      Date.UTC(y, 2, lastSunday(y, 2), 1),
      Date.UTC(y, 9, lastSunday(y, 9), 1),
    ]),
  };
}

const ZONES: readonly ZoneRule[] = [usRule(-300), usRule(-480), euRule(0), euRule(60)];

/** IANA names of the zone indexes. */
export const ZONE_NAMES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
] as const;

/** Minutes east of UTC in `zone` at instant `ms`. */
export function offsetMinutes(ms: number, zone: ZoneId): number {
  const rule = ZONES[zone] as ZoneRule;
  for (const [start, end] of rule.daylight) if (ms >= start && ms < end) return rule.dst;
  return rule.std;
}

/** Whole seconds: every generated instant is rounded so its text round-trips exactly. */
export function sec(ms: number): number {
  return Math.floor(ms / SECOND) * SECOND;
}

// ISO text is built from char codes: about five times faster than `toISOString()` and the
// result is one flat string (slices and concatenations would keep extra string objects
// alive, which adds up over a million touchpoints). Civil dates are cached per day.
const CIVIL = new Int32Array(120_000);
function civil(day: number): number {
  let packed = CIVIL[day] ?? 0;
  if (packed === 0) {
    const d = new Date(day * DAY);
    packed = d.getUTCFullYear() * 512 + (d.getUTCMonth() + 1) * 32 + d.getUTCDate();
    if (day >= 0 && day < CIVIL.length) CIVIL[day] = packed;
  }
  return packed;
}

const ZERO = 48;
const DASH = 45;
const COLON = 58;
const T = 84;
const Z = 90;
const PLUS = 43;

function isoText(localMs: number, offset: number | null, dateOnly = false): string {
  const day = Math.floor(localMs / DAY);
  const packed = civil(day);
  const y = Math.floor(packed / 512);
  const mo = Math.floor(packed / 32) % 16;
  const d = packed % 32;
  const y0 = ZERO + Math.floor(y / 1000);
  const y1 = ZERO + (Math.floor(y / 100) % 10);
  const y2 = ZERO + (Math.floor(y / 10) % 10);
  const y3 = ZERO + (y % 10);
  const m0 = ZERO + Math.floor(mo / 10);
  const m1 = ZERO + (mo % 10);
  const d0 = ZERO + Math.floor(d / 10);
  const d1 = ZERO + (d % 10);
  if (dateOnly) return String.fromCharCode(y0, y1, y2, y3, DASH, m0, m1, DASH, d0, d1);
  let rest = Math.floor((localMs - day * DAY) / SECOND);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const mi = Math.floor(rest / 60);
  const s = rest - mi * 60;
  const h0 = ZERO + Math.floor(h / 10);
  const h1 = ZERO + (h % 10);
  const n0 = ZERO + Math.floor(mi / 10);
  const n1 = ZERO + (mi % 10);
  const s0 = ZERO + Math.floor(s / 10);
  const s1 = ZERO + (s % 10);
  // One call, so the text is one flat string as a parser would give, not a concatenation
  // (V8 flattens those on first read, a cost real datasets do not have).
  if (offset === null) {
    // biome-ignore format: one date-time field per line would hide the shape
    return String.fromCharCode(y0, y1, y2, y3, DASH, m0, m1, DASH, d0, d1, T, h0, h1, COLON, n0, n1, COLON, s0, s1, Z);
  }
  const abs = Math.abs(offset);
  const oh = Math.floor(abs / 60);
  const om = abs % 60;
  // biome-ignore format: as above
  return String.fromCharCode(y0, y1, y2, y3, DASH, m0, m1, DASH, d0, d1, T, h0, h1, COLON, n0, n1, COLON, s0, s1, offset < 0 ? DASH : PLUS, ZERO + Math.floor(oh / 10), ZERO + (oh % 10), COLON, ZERO + Math.floor(om / 10), ZERO + (om % 10));
}

/** `2026-05-15T17:00:00Z` (whole seconds). */
export function formatUtc(ms: number): string {
  return isoText(ms, null);
}

/** The same instant as local wall time with its offset, e.g. `2025-07-03T10:15:00+01:00`. */
export function formatLocal(ms: number, zone: ZoneId): string {
  const off = offsetMinutes(ms, zone);
  return isoText(ms + off * MINUTE, off);
}

/** The calendar date (`YYYY-MM-DD`) of an instant in `zone` (New York by default). */
export function localDate(ms: number, zone: ZoneId = NEW_YORK): string {
  return isoText(ms + offsetMinutes(ms, zone) * MINUTE, null, true);
}

/** The instant of a local wall time in `zone` (valid away from the 02:00 DST switch). */
export function fromLocal(localMs: number, zone: ZoneId): number {
  return localMs - offsetMinutes(localMs - offsetMinutes(localMs, zone) * MINUTE, zone) * MINUTE;
}

/** Moves an instant to a working-hours time (08:00 + fraction × 10 h) of the same local day. */
export function atLocalWorkingTime(ms: number, zone: ZoneId, fraction: number): number {
  const local = ms + offsetMinutes(ms, zone) * MINUTE;
  const dayStart = Math.floor(local / DAY) * DAY;
  return sec(fromLocal(dayStart + 8 * HOUR + fraction * 10 * HOUR, zone));
}

const OPEN = 9 * HOUR;
const CLOSE = 17 * HOUR;

function dayOfWeek(localDay: number): number {
  return (localDay + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
}

/**
 * Adds business minutes (Mon–Fri 09:00–17:00 New York) to an instant. Zero minutes moves an
 * instant outside business hours to the next opening: when a rep can first act.
 */
export function addBusinessMinutes(ms: number, minutes: number): number {
  let t = ms;
  let left = Math.max(0, minutes) * MINUTE;
  for (;;) {
    const local = t + offsetMinutes(t, NEW_YORK) * MINUTE;
    const day = Math.floor(local / DAY);
    const dow = dayOfWeek(day);
    const timeOfDay = local - day * DAY;
    if (dow === 0 || dow === 6 || timeOfDay >= CLOSE) {
      t = fromLocal((day + 1) * DAY + OPEN, NEW_YORK);
    } else if (timeOfDay < OPEN) {
      t = fromLocal(day * DAY + OPEN, NEW_YORK);
    } else {
      const available = CLOSE - timeOfDay;
      if (left <= available) return sec(t + left);
      left -= available;
      t = fromLocal((day + 1) * DAY + OPEN, NEW_YORK);
    }
  }
}

/** Business minutes between two instants (Mon–Fri 09:00–17:00 New York). */
export function businessMinutesBetween(fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  let total = 0;
  let t = fromMs;
  while (t < toMs) {
    const local = t + offsetMinutes(t, NEW_YORK) * MINUTE;
    const day = Math.floor(local / DAY);
    const dow = dayOfWeek(day);
    const timeOfDay = local - day * DAY;
    const nextDay = fromLocal((day + 1) * DAY, NEW_YORK);
    if (dow !== 0 && dow !== 6 && timeOfDay < CLOSE) {
      const open = Math.max(t, fromLocal(day * DAY + OPEN, NEW_YORK));
      const close = Math.min(toMs, fromLocal(day * DAY + CLOSE, NEW_YORK));
      if (close > open) total += close - open;
    }
    t = nextDay;
  }
  return total / MINUTE;
}
