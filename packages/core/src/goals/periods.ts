import { addDays, parseIsoDate } from '../time/calendar-date';

/** The period kinds goals use. */
export type PeriodKind = 'month' | 'quarter' | 'fiscal-year';

/**
 * A company's fiscal year: the month it starts in (1 = January, a calendar year) and whether
 * a fiscal year is named by the calendar year it ends in (default, so with a February start
 * FY2027 runs from 1 Feb 2026 to 31 Jan 2027) or starts in.
 */
export interface FiscalYear {
  startMonth: number;
  naming?: 'end' | 'start';
}

/** A period as calendar dates (both included), with its kind and label. */
export interface CalendarPeriod {
  kind: PeriodKind;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, included. */
  end: string;
  /** `2026-03`, `Q2 2026` / `FY2027 Q1`, `2026` / `FY2027`. */
  label: string;
  /** The fiscal year the period belongs to, by the naming rule. */
  fiscalYear: number;
}

const CALENDAR_YEAR: FiscalYear = { startMonth: 1 };

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first day of the month `offset` months after year/month. */
function monthStart(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset;
  return iso(Math.floor(index / 12), (index % 12) + 1, 1);
}

function checkFiscal(fiscal: FiscalYear): void {
  if (!Number.isInteger(fiscal.startMonth) || fiscal.startMonth < 1 || fiscal.startMonth > 12) {
    throw new RangeError(`fiscal year startMonth must be 1–12, got ${fiscal.startMonth}`);
  }
}

/** Months since the fiscal year's start (0–11) and the calendar year it started in. */
function fiscalPosition(date: string, fiscal: FiscalYear) {
  checkFiscal(fiscal);
  const { year, month } = parseIsoDate(date);
  const monthsIn = (month - fiscal.startMonth + 12) % 12;
  const startYear = month >= fiscal.startMonth ? year : year - 1;
  const named = fiscal.naming === 'start' || fiscal.startMonth === 1 ? startYear : startYear + 1;
  return { monthsIn, startYear, named };
}

const fyLabel = (fiscal: FiscalYear, named: number) =>
  fiscal.startMonth === 1 ? String(named) : `FY${named}`;

/**
 * The month, fiscal quarter or fiscal year containing a date. Quarters are counted from the
 * fiscal year's start month: with a February start, Q1 is February–April.
 * @throws {RangeError} for a malformed date or a start month outside 1–12.
 */
export function periodContaining(
  date: string,
  kind: PeriodKind,
  fiscal: FiscalYear = CALENDAR_YEAR,
): CalendarPeriod {
  const { monthsIn, startYear, named } = fiscalPosition(date, fiscal);
  const { year, month } = parseIsoDate(date);
  if (kind === 'month') {
    const start = monthStart(year, month, 0);
    return {
      kind,
      start,
      end: addDays(monthStart(year, month, 1), -1),
      label: start.slice(0, 7),
      fiscalYear: named,
    };
  }
  const quarter = Math.floor(monthsIn / 3);
  const months = kind === 'quarter' ? 3 : 12;
  const offset = kind === 'quarter' ? quarter * 3 : 0;
  const start = monthStart(startYear, fiscal.startMonth, offset);
  const end = addDays(monthStart(startYear, fiscal.startMonth, offset + months), -1);
  const label =
    kind === 'fiscal-year'
      ? fyLabel(fiscal, named)
      : fiscal.startMonth === 1
        ? `Q${quarter + 1} ${named}`
        : `FY${named} Q${quarter + 1}`;
  return { kind, start, end, label, fiscalYear: named };
}

/**
 * Names a goal's period when it is exactly a month, fiscal quarter or fiscal year; `custom`
 * otherwise.
 */
export function describePeriod(
  start: string,
  end: string,
  fiscal: FiscalYear = CALENDAR_YEAR,
): { kind: PeriodKind | 'custom'; label: string } {
  for (const kind of ['month', 'quarter', 'fiscal-year'] as const) {
    const period = periodContaining(start, kind, fiscal);
    if (period.start === start && period.end === end) return { kind, label: period.label };
  }
  return { kind: 'custom', label: `${start} – ${end}` };
}
