import { CrmError, type CrmErrorOptions } from './crm-error';
import { endpointPath, SecretRedactor } from './redaction';

/** Longest response body kept on an error, in characters of its JSON text. */
const MAX_BODY_CHARS = 2000;

/** What a CRM said about a failed request, read from its error body and headers. */
export interface CrmErrorDetails {
  /** The CRM's error category or code, e.g. `EXPIRED_AUTHENTICATION`, `REQUEST_LIMIT_EXCEEDED`. */
  readonly category?: string | null;
  readonly subCategory?: string | null;
  /** The CRM's id for this failure, to quote to its support. */
  readonly correlationId?: string | null;
  /** The CRM's own message. */
  readonly message?: string | null;
}

/** Options of an HTTP error: the status and what the CRM said. */
export interface CrmHttpErrorOptions extends CrmErrorOptions, CrmErrorDetails {
  readonly status: number;
  /** The parsed (or text) response body; kept redacted and truncated. */
  readonly body?: unknown;
}

function keepBody(body: unknown, redactor: SecretRedactor): unknown {
  if (body === undefined || body === null || body === '') return null;
  const redacted = redactor.redactValue(body);
  const text = typeof redacted === 'string' ? redacted : JSON.stringify(redacted);
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…` : redacted;
}

function describe(options: CrmHttpErrorOptions): string {
  const path = options.endpoint ? endpointPath(options.endpoint) : null;
  const where = [options.method, path].filter(Boolean).join(' ');
  const category = options.category ? ` ${options.category}` : '';
  const said = options.message ? `: ${options.message}` : '';
  const id = options.correlationId ? ` (correlation id ${options.correlationId})` : '';
  return `${[options.crm, where].filter(Boolean).join(' ')} failed with HTTP ${options.status}${category}${said}${id}`;
}

/** The CRM answered with an error status that retrying did not (or could not) fix. */
export class CrmHttpError extends CrmError {
  static override readonly errorKind: string = 'CrmHttpError';

  static {
    CrmHttpError.prototype.name = 'CrmHttpError';
  }

  readonly status: number;
  readonly category: string | null;
  readonly subCategory: string | null;
  readonly correlationId: string | null;
  /** The response body, redacted and cut to 2,000 characters. */
  readonly body: unknown;

  constructor(options: CrmHttpErrorOptions, message: string = describe(options)) {
    super(message, options);
    // Everything the CRM said is untrusted text: servers and proxies echo credentials.
    const redactor = options.redactor ?? new SecretRedactor();
    const said = (value: string | null | undefined) => (value ? redactor.redact(value) : null);
    this.status = options.status;
    this.category = said(options.category);
    this.subCategory = said(options.subCategory);
    this.correlationId = said(options.correlationId);
    this.body = keepBody(options.body, redactor);
  }
}

/** Options of a rate-limit error. */
export interface CrmRateLimitErrorOptions extends CrmHttpErrorOptions {
  /** The limit hit, e.g. `TEN_SECONDLY_ROLLING`, `DAILY`. */
  readonly policy?: string | null;
  /** The server's `Retry-After`, in milliseconds. */
  readonly retryAfterMs?: number | null;
  /** When the limit frees up, if known (ISO-8601). */
  readonly resetAt?: string | null;
  /** A daily or account budget that waiting a few seconds will not fix. */
  readonly terminal?: boolean;
}

/** A rate limit that retries did not outlast, or a daily budget that is spent. */
export class CrmRateLimitError extends CrmHttpError {
  static override readonly errorKind: string = 'CrmRateLimitError';

  static {
    CrmRateLimitError.prototype.name = 'CrmRateLimitError';
  }

  readonly policy: string | null;
  readonly retryAfterMs: number | null;
  readonly resetAt: string | null;
  readonly terminal: boolean;

  constructor(options: CrmRateLimitErrorOptions) {
    super(options);
    this.policy = options.policy
      ? (options.redactor ?? new SecretRedactor()).redact(options.policy)
      : null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.resetAt = options.resetAt ?? null;
    this.terminal = options.terminal ?? false;
  }
}

/** Options of an authentication error. */
export interface CrmAuthErrorOptions extends CrmHttpErrorOptions {
  /** Whether the token was refreshed (once) before giving up. */
  readonly refreshed?: boolean;
}

/** The credentials were rejected (401) or lack a permission or scope (403). */
export class CrmAuthError extends CrmHttpError {
  static override readonly errorKind: string = 'CrmAuthError';

  static {
    CrmAuthError.prototype.name = 'CrmAuthError';
  }

  readonly refreshed: boolean;

  constructor(options: CrmAuthErrorOptions) {
    super(options);
    this.refreshed = options.refreshed ?? false;
  }
}
