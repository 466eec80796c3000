import type { CsvRow } from './csv-export-mapping';

const US_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?$/;

/**
 * An ISO instant from an export's timestamp: ISO-8601 with an offset as is;
 * `YYYY-MM-DD HH:MM[:SS]` and US `M/D/YYYY h:mm AM` read as UTC (exports write the account's
 * local time without a zone: set the account to UTC or pre-convert); a bare date is midnight
 * UTC. Empty → null.
 * @throws {Error} for text that is none of these.
 */
export function exportInstant(value: string | undefined): string | null {
  const raw = value?.trim() ?? '';
  if (raw === '') return null;
  const instant = readInstant(raw);
  // Month 13 or day 45 would roll over: only real calendar instants pass.
  if (
    instant === null ||
    Number.isNaN(Date.parse(instant)) ||
    new Date(instant).toISOString().slice(0, 19) !== instant.slice(0, 19)
  )
    throw new Error(`"${raw}" is not a date-time this reader knows`);
  return instant;
}

function readInstant(raw: string): string | null {
  const local = LOCAL.exec(raw);
  if (local) return `${local[1]}T${local[2]}:${local[3] ?? '00'}Z`;
  const us = US_DATE.exec(raw);
  if (us) {
    let hour = Number(us[4] ?? 0);
    if (us[7] && /pm/i.test(us[7]) && hour < 12) hour += 12;
    if (us[7] && /am/i.test(us[7]) && hour === 12) hour = 0;
    const pad = (n: number | string) => String(n).padStart(2, '0');
    return `${us[3]}-${pad(us[1] as string)}-${pad(us[2] as string)}T${pad(hour)}:${us[5] ?? '00'}:${us[6] ?? '00'}Z`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return `${raw}T00:00:00Z`;
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)))
    return new Date(raw).toISOString();
  return null;
}

/** A `YYYY-MM-DD` date from an export's date or date-time cell, or null. */
export function exportDate(value: string | undefined): string | null {
  return exportInstant(value)?.slice(0, 10) ?? null;
}

/**
 * A decimal string from an export's number: thousands separators and a currency symbol or
 * code around it are dropped (`$48,000.00`, `48000 USD`). Empty → null.
 * @throws {Error} for text that is not a number.
 */
export function exportAmount(value: string | undefined): string | null {
  const raw = value?.replace(/[\s,$€£]|[A-Z]{3}/g, '') ?? '';
  if (raw === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new Error(`"${value}" is not an amount`);
  return raw;
}

/** A cell, or null when empty. */
export const cell = (row: CsvRow, column: string): string | null => {
  const value = row[column]?.trim() ?? '';
  return value === '' ? null : value;
};

/** The e-mail cell as the model's e-mail list. */
export const emailList = (row: CsvRow, column: string) => {
  const value = cell(row, column);
  return value === null ? [] : [{ value, primary: true }];
};
