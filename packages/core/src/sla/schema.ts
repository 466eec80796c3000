import * as z from 'zod/mini';
import { CurrencyCode, DecimalAmount } from '../model/formats';
import { BusinessHours } from '../time/business-hours';

const Positive = (label: string) =>
  z.number({ error: `${label} must be a number` }).check(
    z.refine((n) => Number.isFinite(n) && n > 0, {
      error: `${label} must be a finite number > 0`,
    }),
  );

const Count = z
  .number({ error: 'target must be a number of records' })
  .check(
    z.refine((n) => Number.isInteger(n) && n >= 0, { error: 'target must be a whole number ≥ 0' }),
  );

const NonEmpty = z.string().check(z.minLength(1));

/** How often the marketing commitment renews; quarters and years follow the fiscal start. */
const Per = z.enum(['week', 'month', 'quarter', 'year']);

const periodFields = {
  /** The commitment is per week (Monday to Sunday), month, quarter or year. */
  per: Per,
  /** First month (1–12) of the fiscal year, for quarters and years; default 1 (January). */
  fiscalYearStartMonth: z._default(z.number().check(z.int(), z.gte(1), z.lte(12)), 1),
};

const scopeFields = {
  /** Only MQL episodes of people whose account is in this `Account.segment`. */
  segment: z.optional(NonEmpty),
  /**
   * Only MQL episodes assigned to this sales owner: the episode's assignee, its first owner
   * at or after the MQL who is not a queue or a marketing user (the rep it was handed to).
   */
  ownerId: z.optional(NonEmpty),
};

/**
 * Marketing's side: a volume delivered per period — MQLs (by MQL time), SALs (by acceptance
 * time) or sourced pipeline (opportunities created from MQL episodes, by creation time, in
 * `currency`) — for all MQLs, or scoped to one account `segment` or one sales `ownerId`.
 */
export const MarketingCommitment = z.discriminatedUnion('metric', [
  z.strictObject({ metric: z.literal('mqls'), target: Count, ...periodFields, ...scopeFields }),
  z.strictObject({ metric: z.literal('sals'), target: Count, ...periodFields, ...scopeFields }),
  z.strictObject({
    metric: z.literal('sourced_pipeline'),
    /** Decimal string in `currency`, e.g. `"250000.00"`. */
    target: DecimalAmount,
    currency: CurrencyCode,
    ...periodFields,
    ...scopeFields,
  }),
]);
type Commitment = z.output<typeof MarketingCommitment>;

/** What a scoped commitment is scoped by; null when it covers every MQL. */
export function scopeOf(c: { segment?: string; ownerId?: string }): 'segment' | 'owner' | null {
  return c.segment !== undefined ? 'segment' : c.ownerId !== undefined ? 'owner' : null;
}

// One period and one unit for every commitment of a split, so they add up to a total.
const SHARED = ['metric', 'currency', 'per', 'fiscalYearStartMonth'] as const;

function checkSplit(
  list: readonly Commitment[],
  ctx: z.core.$RefinementCtx,
  inArray: boolean,
): void {
  const first = list[0] as Commitment;
  const keys = new Set<string>();
  list.forEach((c, i) => {
    const path = inArray ? [i] : [];
    if (c.segment !== undefined && c.ownerId !== undefined) {
      ctx.addIssue({ code: 'custom', path, message: 'give segment or ownerId, not both' });
    }
    // One commitment, in a list or not, may cover every MQL.
    if (!inArray || list.length === 1) return;
    const scope = scopeOf(c);
    if (scope === null || scope !== scopeOf(first)) {
      const by = scopeOf(first) ?? 'segment';
      ctx.addIssue({
        code: 'custom',
        path: [...path, by === 'owner' ? 'ownerId' : 'segment'],
        message: `every commitment of a list is scoped by ${by === 'owner' ? 'ownerId' : 'segment'}`,
      });
      return;
    }
    const key = (scope === 'owner' ? c.ownerId : c.segment) as string;
    if (keys.has(key)) {
      ctx.addIssue({ code: 'custom', path, message: `a second commitment for "${key}"` });
    }
    keys.add(key);
    for (const field of SHARED) {
      if (c[field as keyof Commitment] !== first[field as keyof Commitment]) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, field],
          message: `${field} must be the same for every commitment of a list`,
        });
      }
    }
  });
}

/**
 * Marketing's commitment: one (as above), or a list split by account segment or by sales
 * owner — e.g. 60 MQLs a quarter from Enterprise accounts and 120 from SMB — sharing one
 * metric, currency and period. Each gets its own attainment; MQLs no commitment covers are
 * reported, not dropped.
 */
export const MarketingCommitments = z
  .union([MarketingCommitment, z.array(MarketingCommitment).check(z.minLength(1))])
  .check(
    z.superRefine((value, ctx) => {
      if (Array.isArray(value)) checkSplit(value, ctx, true);
      else checkSplit([value], ctx, false);
    }),
  );

/**
 * Sales' side: a first human touch within N business hours of the clock start (the MQL, or
 * the assignment so routing delays are not the owner's), and optionally at least `min`
 * attempts within `withinBusinessDays` business days before a disposition.
 */
export const SalesCommitment = z.strictObject({
  firstTouch: z.strictObject({
    withinBusinessHours: Positive('sales.firstTouch.withinBusinessHours'),
    /** When the clock starts; default `assignment`. */
    clockStartsAt: z._default(z.enum(['mql', 'assignment']), 'assignment'),
    /**
     * What stops the clock besides a human touch. `touch` (default): only a touch, or an
     * acceptance (a decision in marketing's favour); a lead rejected before any touch never
     * meets the SLA — sales cannot meet it by rejecting leads unseen. `touch-or-reasoned-rejection`:
     * also a rejection that gives a reason (a disqualification sales can defend).
     */
    stoppedBy: z._default(z.enum(['touch', 'touch-or-reasoned-rejection']), 'touch'),
  }),
  attempts: z.optional(
    z.strictObject({
      min: z.number().check(z.int(), z.gte(1, 'sales.attempts.min must be at least 1')),
      /** Business days of `businessHours.start`–`end` each, from the same clock start. */
      withinBusinessDays: Positive('sales.attempts.withinBusinessDays'),
    }),
  ),
});

/**
 * The marketing–sales SLA as a two-sided contract: marketing commits a volume per period,
 * sales commits a response, both measured on one business calendar.
 */
export const Sla = z.strictObject({
  id: z.optional(NonEmpty),
  name: z.optional(z.string()),
  /** The calendar the sales clock runs on (time zone, working days, hours, holidays). */
  businessHours: BusinessHours,
  marketing: MarketingCommitments,
  sales: SalesCommitment,
});
/** An SLA as a caller writes it. */
export type Sla = z.input<typeof Sla>;
/** An SLA with defaults applied. */
export type ResolvedSla = z.output<typeof Sla>;
