import * as z from 'zod/mini';
import { CurrencyCode, DecimalAmount, IsoDateTime } from './formats';

export { CurrencyCode, DecimalAmount, IsoDate, IsoDateTime } from './formats';

/**
 * Money: a decimal string and its ISO-4217 currency. The currency may be null because
 * CRMs export amounts without one; analytics report such amounts as data-quality findings
 * rather than guessing.
 */
export const Money = z.object({
  amount: DecimalAmount,
  currency: z.nullable(CurrencyCode),
});
/** A decimal amount string with its ISO-4217 currency (null when the CRM gave none). */
export type Money = z.infer<typeof Money>;

/** CRMs and other origins a record can come from. */
export const Provider = z.enum(['hubspot', 'salesforce', 'pipedrive', 'csv', 'sample', 'manual']);
/** The origin of a record: a CRM name, `csv`, `sample` or `manual`. */
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
/** Where a record came from: provider, object type, remote id and CRM account. */
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
