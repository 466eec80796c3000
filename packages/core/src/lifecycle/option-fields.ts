import * as z from 'zod';
import { CurrencyCode } from '../model/primitives';

// Zones already validated: building a formatter per call costs more than the check is worth.
const knownZones = new Set<string>();

/** An IANA time zone name that this runtime knows (`UTC`, `Europe/Berlin`). */
export const TimeZoneOption = z.string().check((ctx) => {
  if (knownZones.has(ctx.value)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: ctx.value });
    knownZones.add(ctx.value);
  } catch {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `unknown time zone "${ctx.value}" (expected an IANA zone such as Europe/Berlin)`,
    });
  }
});

/**
 * Exchange rates into one reporting currency, keyed by source currency: decimal strings in
 * units of the reporting currency per 1 unit of the key (`{ EUR: '1.08' }` into USD).
 */
export const ExchangeRatesOption = z.record(
  CurrencyCode,
  z.string().regex(/^\d+(\.\d+)?$/, 'exchange rates are decimal strings such as "1.08"'),
);

/** A reporting currency. */
export const CurrencyOption = CurrencyCode;
