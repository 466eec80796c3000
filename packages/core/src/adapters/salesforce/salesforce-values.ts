/** A record as the REST API returns it: `attributes` plus fields (guide §3.2, `query-done.json`). */
export interface SalesforceRecord {
  readonly attributes?: { readonly type: string; readonly url: string };
  readonly Id: string;
  readonly [field: string]: unknown;
}

/** A query response page (https://developer.salesforce.com/docs/platform/api-rest/guide/dome-query.md). */
export interface SalesforceQueryPage<R extends SalesforceRecord = SalesforceRecord> {
  readonly totalSize: number;
  readonly done: boolean;
  readonly nextRecordsUrl?: string;
  readonly records: readonly R[];
}

/** A non-empty string, else null. */
export const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** A boolean field (`true`/`false`), else null. */
export const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/** Datetimes come as `2026-09-01T12:00:00.000+0000` (guide §3.2): normalized to ISO UTC. */
export function instant(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const ms = Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A date-only field (`CloseDate`, `ConvertedDate`), kept as `YYYY-MM-DD`. */
export function date(value: unknown): string | null {
  const raw = text(value);
  return raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
}

/** Midnight UTC of a date-only field, where the model needs an instant (documented where used). */
export function dayStart(value: unknown): string | null {
  const day = date(value);
  return day === null ? null : `${day}T00:00:00.000Z`;
}

/** A currency or number field (JSON number) as a decimal string; negative amounts are dropped. */
export function decimal(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) return value;
  return null;
}

/** A SOQL string literal: backslash escapes (SOQL reserved characters). */
export function soqlString(value: string): string {
  return `'${value.replace(/[\\']/g, (character) => `\\${character}`)}'`;
}

/**
 * A SOQL dateTime literal, unquoted, to the second: SOQL takes `YYYY-MM-DDThh:mm:ssZ`
 * (https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-soql-select-dateformats.md).
 * `up` rounds a fractional second up, so an upper bound never cuts a record out.
 */
export function soqlDateTime(iso: string, up = false): string {
  const ms = Date.parse(iso);
  const rounded = up ? Math.ceil(ms / 1000) * 1000 : Math.floor(ms / 1000) * 1000;
  return new Date(rounded).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Key prefixes of the ids the adapter tells apart (guide §9.3). */
export const ID_PREFIXES = {
  Lead: '00Q',
  Contact: '003',
  Account: '001',
  Opportunity: '006',
  Campaign: '701',
  User: '005',
  Group: '00G',
} as const;

/** The object an id points at, from its key prefix, or null. */
export function objectOfId(id: string): keyof typeof ID_PREFIXES | null {
  const prefix = id.slice(0, 3);
  for (const [object, known] of Object.entries(ID_PREFIXES))
    if (known === prefix) return object as keyof typeof ID_PREFIXES;
  return null;
}
