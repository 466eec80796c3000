import * as z from 'zod/mini';
import { isKnownCurrency } from '../money/currencies';

/**
 * An instant as ISO-8601 text with an explicit offset (`Z` or `±hh:mm`), e.g.
 * `2026-03-07T10:15:00Z`. Offset-less local times are rejected: without an offset the
 * same text means different instants in different offices.
 */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: (issue) =>
    typeof issue.input === 'string'
      ? `timestamp must be ISO-8601 with an offset (Z or ±hh:mm), got "${issue.input}"`
      : 'timestamp must be an ISO-8601 string with an offset',
});
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar date `YYYY-MM-DD` (CRM close dates, campaign dates, goal periods). */
export const IsoDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === 'string'
      ? `date must be YYYY-MM-DD, got "${issue.input}"`
      : 'date must be a YYYY-MM-DD string',
});
export type IsoDate = z.infer<typeof IsoDate>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A non-negative decimal amount as a string, so no float ever touches money. */
export const DecimalAmount = z
  .string({ error: 'amount must be a decimal string such as "1250.00"' })
  .check((ctx) => {
    if (!DECIMAL.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `amount must be a decimal string such as "1250.00", got "${ctx.value}"`,
      });
    } else if (ctx.value.startsWith('-') && !/^-0+(\.0+)?$/.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `amount must not be negative, got ${ctx.value}`,
      });
    }
  });

/** An ISO-4217 currency code known to this library (see `currencyMinorUnits`). */
export const CurrencyCode = z
  .string({ error: 'currency must be an ISO-4217 code' })
  .check((ctx) => {
    if (!isKnownCurrency(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `unknown currency "${ctx.value}" (expected an ISO-4217 code such as USD, EUR, GBP)`,
      });
    }
  });

/**
 * Money: a decimal string and its ISO-4217 currency. The currency may be null because
 * CRMs export amounts without one; analytics report such amounts as data-quality findings
 * rather than guessing.
 */
export const Money = z.object({
  amount: DecimalAmount,
  currency: z.nullable(CurrencyCode),
});
export type Money = z.infer<typeof Money>;

/** CRMs and other origins a record can come from. */
export const Provider = z.enum(['hubspot', 'salesforce', 'pipedrive', 'csv', 'sample', 'manual']);
export type Provider = z.infer<typeof Provider>;

/** Provenance: where a record came from, so every number traces back to a CRM record. */
export const SourceRef = z.object({
  provider: Provider,
  /** The CRM object type, e.g. `contacts`, `Lead`, `person`. */
  objectType: z.string().check(z.minLength(1)),
  /** The record's id inside the CRM. */
  remoteId: z.string().check(z.minLength(1)),
  /** The CRM account: HubSpot portal id, Salesforce org id, Pipedrive company id. */
  accountId: nullOr(z.string()),
  url: nullOr(z.string()),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A record id: any non-empty string; adapters use `${provider}:${objectType}:${remoteId}`. */
export const Id = z
  .string({ error: 'id must be a string' })
  .check(z.minLength(1, 'id must not be empty'));

/** A field that may be null and is null when left out. */
export function nullOr<T extends z.core.SomeType>(schema: T) {
  return z._default(z.nullable(schema), null);
}

/** A nullable reference to another record's id. */
export const Ref = nullOr(Id);

/** Fields every CRM record carries. */
export const baseFields = {
  id: Id,
  source: SourceRef,
  createdAt: nullOr(IsoDateTime),
  updatedAt: nullOr(IsoDateTime),
  /** Archived / deleted in the CRM (kept so incremental syncs can apply deletions). */
  deletedAt: nullOr(IsoDateTime),
  /** Custom fields, keyed by the CRM's field name. */
  custom: z._default(z.record(z.string(), z.unknown()), {}),
};
