import type { CrmAuth } from '../contract/crm-auth';
import type { CrmErrorDetails } from '../contract/crm-http-errors';
import type { RateLimitHeaderParser, RateLimitWindowConfig } from './rate-limit-window';

/**
 * How the transport treats a failed response:
 * - `auth_refreshable`: refresh the OAuth token once and retry (401);
 * - `auth`: give up with `CrmAuthError` (403, or a 401 that refreshing cannot fix);
 * - `rate_limit`: wait (`Retry-After` or backoff) and retry, unless terminal;
 * - `retryable`: back off and retry reads (408, 5xx);
 * - `fatal`: give up with `CrmHttpError`.
 */
export type CrmFailureKind = 'auth_refreshable' | 'auth' | 'rate_limit' | 'retryable' | 'fatal';

/** What a dialect reads from a failed response. */
export interface CrmErrorReading extends CrmErrorDetails {
  /** Overrides the classification by status (Salesforce's 403 `REQUEST_LIMIT_EXCEEDED` is a rate limit). */
  readonly kind?: CrmFailureKind;
  /** The rate limit hit, e.g. `TEN_SECONDLY_ROLLING`. */
  readonly policy?: string | null;
  /** A rate limit that waiting will not fix within a sync (a daily budget). */
  readonly terminal?: boolean;
}

/** A failed response as a dialect sees it. */
export interface CrmFailedResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the body is JSON, else its text. */
  readonly body: unknown;
}

/**
 * What the transport needs to know about one CRM: its name, how it authenticates, how
 * its error bodies and rate-limit headers read, and the limits it documents.
 */
export interface CrmDialect {
  /** The CRM, e.g. `hubspot`; named in every error. */
  readonly crm: string;
  /** Reads category, correlation id and rate-limit policy from a failed response. */
  readError(response: CrmFailedResponse): CrmErrorReading;
  /** Parses the CRM's rate-limit headers, if it sends any. */
  readonly rateLimitHeaders?: RateLimitHeaderParser;
  /** Known limits per request group (`default`, `search`, ...), before any header is seen. */
  readonly rateLimits?: Readonly<Record<string, readonly RateLimitWindowConfig[]>>;
  /** Headers that carry the credential; defaults to `Authorization: Bearer <token>`. */
  authorize?(token: string, auth: CrmAuth): Record<string, string>;
}

/** The default classification of an error status. */
export function classifyStatus(status: number): CrmFailureKind {
  if (status === 401) return 'auth_refreshable';
  if (status === 403) return 'auth';
  if (status === 429) return 'rate_limit';
  if (status === 408 || status >= 500) return 'retryable';
  return 'fatal';
}
