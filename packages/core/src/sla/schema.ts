import * as z from 'zod';
import { CurrencyCode, DecimalAmount } from '../model/primitives';
import { BusinessHours } from '../time/business-hours';

const Positive = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .refine((n) => Number.isFinite(n) && n > 0, { error: `${label} must be a finite number > 0` });

const Count = z
  .number({ error: 'target must be a number of records' })
  .refine((n) => Number.isInteger(n) && n >= 0, { error: 'target must be a whole number ≥ 0' });

/** How often the marketing commitment renews; quarters and years follow the fiscal start. */
const Per = z.enum(['week', 'month', 'quarter', 'year']);

const periodFields = {
  /** The commitment is per week (Monday to Sunday), month, quarter or year. */
  per: Per,
  /** First month (1–12) of the fiscal year, for quarters and years; default 1 (January). */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
};

/**
 * Marketing's side: a volume delivered per period — MQLs (by MQL time), SALs (by acceptance
 * time) or sourced pipeline (opportunities created from MQL episodes, by creation time, in
 * `currency`).
 */
export const MarketingCommitment = z.discriminatedUnion('metric', [
  z.strictObject({ metric: z.literal('mqls'), target: Count, ...periodFields }),
  z.strictObject({ metric: z.literal('sals'), target: Count, ...periodFields }),
  z.strictObject({
    metric: z.literal('sourced_pipeline'),
    /** Decimal string in `currency`, e.g. `"250000.00"`. */
    target: DecimalAmount,
    currency: CurrencyCode,
    ...periodFields,
  }),
]);

/**
 * Sales' side: a first human touch within N business hours of the clock start (the MQL, or
 * the assignment so routing delays are not the owner's), and optionally at least `min`
 * attempts within `withinBusinessDays` business days before a disposition.
 */
export const SalesCommitment = z.strictObject({
  firstTouch: z.strictObject({
    withinBusinessHours: Positive('sales.firstTouch.withinBusinessHours'),
    /** When the clock starts; default `assignment`. */
    clockStartsAt: z.enum(['mql', 'assignment']).default('assignment'),
  }),
  attempts: z
    .strictObject({
      min: z.number().int().min(1, 'sales.attempts.min must be at least 1'),
      /** Business days of `businessHours.start`–`end` each, from the same clock start. */
      withinBusinessDays: Positive('sales.attempts.withinBusinessDays'),
    })
    .optional(),
});

/**
 * The marketing–sales SLA as a two-sided contract: marketing commits a volume per period,
 * sales commits a response, both measured on one business calendar.
 */
export const Sla = z.strictObject({
  id: z.string().min(1).optional(),
  name: z.string().optional(),
  /** The calendar the sales clock runs on (time zone, working days, hours, holidays). */
  businessHours: BusinessHours,
  marketing: MarketingCommitment,
  sales: SalesCommitment,
});
/** An SLA as a caller writes it. */
export type Sla = z.input<typeof Sla>;
/** An SLA with defaults applied. */
export type ResolvedSla = z.output<typeof Sla>;
