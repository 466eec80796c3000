/** A datetime as the REST API writes it: `2026-09-01T12:00:00.000+0000` (guide §3.2). */
export function sfDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('Z', '+0000');
}

/** The UTC day of an instant or date, `YYYY-MM-DD`. */
export function sfDate(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** A decimal string as the JSON number Salesforce sends for currency fields. */
export function sfNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
