import * as z from 'zod/mini';
import { CurrencyCode, IsoDate, IsoDateTime } from '../model/formats';

/**
 * The option vocabulary every analysis shares, so one page of options reads the same in
 * `attribute`, `funnel`, `goalProgress`, `handoff` and `evaluateSla`:
 * - `asOf` — "now", required everywhere: later records are ignored, open clocks run until it;
 * - `period` — calendar dates `{ start, end }`, both included, read in the analysis's zone;
 * - `reportingCurrency` + `exchangeRates` — wherever money from several currencies is summed;
 * - `timeZone` — an IANA zone;
 * - `by` — the dimension a result is split by; `segment` — an account segment to scope to.
 */

/** The instant a report is as of, ISO-8601 with an offset. Required by every analysis. */
export const AsOfOption = IsoDateTime;

/** Marks a custom zod issue as a conflict between options (see `OptionsErrorCode`). */
export const conflict = { conflict: true } as const;

/** A run of calendar dates, both included, read in a time zone. */
export const PeriodOption = /* @__PURE__ */ z
  .strictObject({
    /** First day, `YYYY-MM-DD`. */
    start: IsoDate,
    /** Last day, `YYYY-MM-DD`, included. */
    end: IsoDate,
  })
  .check(
    /* @__PURE__ */ z.refine((range) => range.start <= range.end, {
      error: (issue) => {
        const range = issue.input as { start: string; end: string };
        return `end ${range.end} is before start ${range.start}`;
      },
      path: ['end'],
      params: conflict,
    }),
  );
/** A run of calendar dates (`start`, `end`, both included). */
export type Period = z.infer<typeof PeriodOption>;

// Zones already validated: building a formatter per call costs more than the check is worth.
const knownZones = new Set<string>();

/** Whether this runtime knows an IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    knownZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name that this runtime knows (`UTC`, `Europe/Berlin`). */
export const TimeZoneOption = /* @__PURE__ */ z.string().check((ctx) => {
  if (isKnownTimeZone(ctx.value)) return;
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    message: `unknown time zone "${ctx.value}" (expected an IANA zone such as Europe/Berlin)`,
  });
});

/** The currency money is reported in (ISO-4217). */
export const ReportingCurrencyOption = CurrencyCode;

/**
 * Exchange rates into the reporting currency, keyed by source currency: decimal strings in
 * units of the reporting currency per 1 unit of the key (`{ EUR: '1.08' }` into USD).
 */
export const ExchangeRatesOption = /* @__PURE__ */ z.record(
  CurrencyCode,
  /* @__PURE__ */ z
    .string({ error: 'exchange rates are decimal strings such as "1.08"' })
    .check(
      /* @__PURE__ */ z.regex(/^\d+(\.\d+)?$/, 'exchange rates are decimal strings such as "1.08"'),
    ),
);

/**
 * The currency pair of every analysis that sums money: the reporting currency (default: the
 * one currency of the records, required when they use several) and rates into it.
 */
export const currencyOptions = {
  /** Currency of sums; default the records' one currency. */
  reportingCurrency: /* @__PURE__ */ z.optional(ReportingCurrencyOption),
  /** Units of the reporting currency per 1 unit of each other currency. */
  exchangeRates: /* @__PURE__ */ z.optional(ExchangeRatesOption),
};
