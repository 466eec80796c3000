/**
 * Number, money, percent and duration formatting on `Intl`, by the rules of widgets.md
 * "Numbers": compact (≤3 significant digits) for marks and headlines, full precision for
 * tooltips and tables. Formatters are cached per locale and options: `Intl.NumberFormat`
 * construction costs far more than formatting.
 */

/** A value as core gives it (a decimal string) or a number. */
export type Numeric = string | number;

/** Milliseconds in a second, minute, hour and day, for the duration formatters. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The formatters a widget uses, bound to one locale and currency. */
export interface Formatters {
  locale: string;
  currency: string | null;
  /** `$257K`, `$1.3M`, `1,3 Mio. €`; the full integer where the locale has no abbreviation. */
  moneyCompact: (value: Numeric) => string;
  /** `$257,391` (whole units; `digits` adds minor digits). */
  money: (value: Numeric, digits?: number) => string;
  /** 0 dp at ≥10%, 1 dp below, `<1%` under 1%, `—` for null. */
  percent: (ratio: number | null | undefined) => string;
  /** Always 1 dp: `34.4%`; `—` for null. */
  percentFull: (ratio: number | null | undefined) => string;
  /** Signed change of a ratio: `+12%`, `−3.5%`, `0%`. */
  change: (ratio: number | null | undefined) => string;
  /** Signed number: `+3.2` (for rate changes in points; append the unit label). */
  signed: (value: number, digits?: number) => string;
  /** Grouped digits below 10,000, compact from there: `9,876`, `12.3K`. */
  count: (value: number) => string;
  /** Grouped digits in full: `12,345`. */
  countFull: (value: number) => string;
  /** `3.1×`. */
  ratio: (value: number | null | undefined) => string;
  /** One unit: `45 sec`, `15 min`, `4 hr`, `2 days` (milliseconds in). */
  duration: (ms: number | null | undefined) => string;
  /** Two units: `1 hr 20 min`, `2 days 4 hr` (milliseconds in). */
  durationFull: (ms: number | null | undefined) => string;
  /** A date in a time zone: `Feb 15`. */
  date: (iso: string, timeZone?: string) => string;
}

const DASH = '—';
const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
function df(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = dateCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone });
    dateCache.set(key, format);
  }
  return format;
}

/**
 * Compact with ≤3 significant digits, unless the locale has no abbreviation at this size
 * (de-DE thousands): then "257.000 €" would look exact, so the full integer is printed.
 */
function compactFormat(locale: string, base: Intl.NumberFormatOptions): (value: number) => string {
  const short = lazy(() =>
    nf(locale, { ...base, notation: 'compact', maximumSignificantDigits: 3 }),
  );
  const long = lazy(() => nf(locale, { ...base, maximumFractionDigits: 0 }));
  return (value) => {
    const parts = short().formatToParts(value);
    if (parts.some((part) => part.type === 'compact')) {
      let text = '';
      for (const part of parts) text += part.value;
      return text;
    }
    return long().format(value);
  };
}

/** A value made on first use, then kept (an `Intl` object this widget may never need). */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

type DurationUnit = 'second' | 'minute' | 'hour' | 'day';
const UNITS: [DurationUnit, number][] = [
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', SECOND],
];

function unitFormat(locale: string, unit: DurationUnit, digits: number): Intl.NumberFormat {
  return nf(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits });
}

/** The largest unit the value reaches (seconds at least). */
function largestUnit(ms: number): [DurationUnit, number] {
  for (const entry of UNITS) if (Math.abs(ms) >= entry[1]) return entry;
  return ['second', SECOND];
}

const formattersCache = new Map<string, Formatters>();

/**
 * The formatters for a locale and an optional ISO-4217 currency. One object per locale and
 * currency, built once: widgets call this on every render and format hundreds of marks, so
 * each formatter holds its `Intl.NumberFormat`s rather than looking them up per call.
 */
export function createFormatters(locale = 'en-US', currency: string | null = null): Formatters {
  const key = `${locale}|${currency ?? ''}`;
  let formatters = formattersCache.get(key);
  if (!formatters) {
    formatters = buildFormatters(locale, currency);
    formattersCache.set(key, formatters);
  }
  return formatters;
}

function buildFormatters(locale: string, currency: string | null): Formatters {
  const moneyBase: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency }
    : { maximumFractionDigits: 2 };
  const percentWhole = lazy(() =>
    nf(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  );
  const percentOne = lazy(() =>
    nf(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 }),
  );
  const percentFixed = lazy(() =>
    nf(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  );
  const changeWhole = lazy(() =>
    nf(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }),
  );
  const changeOne = lazy(() =>
    nf(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
  );
  const whole = lazy(() => nf(locale, { maximumFractionDigits: 0 }));
  const full = lazy(() => nf(locale, { maximumFractionDigits: 2 }));
  const oneDigit = lazy(() => nf(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const moneyWhole = lazy(() =>
    nf(locale, { ...moneyBase, minimumFractionDigits: 0, maximumFractionDigits: currency ? 0 : 2 }),
  );
  const units = new Map<string, Intl.NumberFormat>();
  const unit = (name: DurationUnit, digits: number) => {
    const id = `${name}${digits}`;
    let format = units.get(id);
    if (!format) {
      format = unitFormat(locale, name, digits);
      units.set(id, format);
    }
    return format;
  };
  const moneyCompact = compactFormat(locale, moneyBase);
  const countCompact = compactFormat(locale, {});
  const percent = (ratio: number | null | undefined) => {
    if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return DASH;
    const size = Math.abs(ratio);
    if (size > 0 && size < 0.01) return `<${percentWhole().format(ratio < 0 ? -0.01 : 0.01)}`;
    return (size >= 0.1 || size === 0 ? percentWhole() : percentOne()).format(ratio);
  };
  return {
    locale,
    currency,
    moneyCompact: (value) => moneyCompact(Number(value)),
    money: (value, digits = 0) =>
      (digits === 0
        ? moneyWhole()
        : nf(locale, {
            ...moneyBase,
            minimumFractionDigits: currency ? digits : 0,
            maximumFractionDigits: digits,
          })
      ).format(Number(value)),
    percent,
    percentFull: (ratio) =>
      ratio === null || ratio === undefined || !Number.isFinite(ratio)
        ? DASH
        : percentFixed().format(ratio),
    change: (ratio) =>
      ratio === null || ratio === undefined || !Number.isFinite(ratio)
        ? DASH
        : (Math.abs(ratio) >= 0.1 ? changeWhole() : changeOne()).format(ratio),
    signed: (value, digits = 1) =>
      nf(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value),
    count: (value) => (Math.abs(value) >= 10_000 ? countCompact(value) : whole().format(value)),
    countFull: (value) => full().format(value),
    ratio: (value) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? DASH
        : `${oneDigit().format(value)}×`,
    duration: (ms) => {
      if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
      const [name, size] = largestUnit(ms);
      const amount = ms / size;
      return unit(name, Math.abs(amount) < 10 ? 1 : 0).format(amount);
    },
    durationFull: (ms) => {
      if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
      // Node 20 has no Intl.DurationFormat: two unit-formatted parts, rounded at the second.
      const sign = ms < 0 ? '-' : '';
      const [name, size] = largestUnit(ms);
      const index = UNITS.findIndex((entry) => entry[0] === name);
      const next = UNITS[index + 1];
      const total = Math.abs(ms);
      if (!next) return `${sign}${unit(name, 0).format(Math.round(total / size))}`;
      // Round in the smaller unit first so 1 h 59.7 min becomes 2 h, not 1 h 60 min.
      const small = Math.round(total / next[1]);
      const perBig = size / next[1];
      const big = Math.floor(small / perBig);
      const rest = small - big * perBig;
      const head = unit(name, 0).format(big);
      return rest === 0 ? `${sign}${head}` : `${sign}${head} ${unit(next[0], 0).format(rest)}`;
    },
    date: (iso, timeZone) => df(locale, timeZone).format(Date.parse(iso)),
  };
}
