import { zonedDate } from '../time/zoned-midnight';

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a time zone, for explanations; UTC takes
 * a fast path without `Intl`.
 */
export function formatDate(epochMs: number, timeZone: string): string {
  if (timeZone === 'UTC') return new Date(epochMs).toISOString().slice(0, 10);
  return zonedDate(epochMs, timeZone);
}

/** An instant as ISO-8601 in UTC (`2026-03-07T10:15:00.000Z`). */
export function formatInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
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
