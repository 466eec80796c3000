import type { HubSpotValue } from './hubspot-api-types';

/** Non-empty text, or null (HubSpot sends "" and null for unset values alike). */
export function text(value: HubSpotValue): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * An instant from a HubSpot date value: ISO-8601 text or epoch milliseconds as a string or
 * number, depending on the property type (guide §2.2). Null when unset or unreadable.
 */
export function instant(value: HubSpotValue | number): string | null {
  if (value === null || value === undefined || value === '') return null;
  const time =
    typeof value === 'number' || /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** A calendar date `YYYY-MM-DD` from a date property, or null. */
export function calendarDate(value: HubSpotValue): string | null {
  const raw = text(value);
  if (raw === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  return instant(raw)?.slice(0, 10) ?? null;
}

/** A decimal string without float rounding ("1250.5", "-3"), or null for anything else. */
export function decimal(value: HubSpotValue): string | null {
  const raw = text(value)?.trim();
  return raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw) ? raw : null;
}

/** A whole number, or null. */
export function integer(value: HubSpotValue): number | null {
  const raw = decimal(value);
  const number = raw === null ? Number.NaN : Number(raw);
  return Number.isSafeInteger(number) ? number : null;
}

/** `IN_PROGRESS` → `In progress`: a readable label for an enumeration value. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
