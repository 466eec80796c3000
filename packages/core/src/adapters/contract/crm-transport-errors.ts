import { CrmError, type CrmErrorOptions } from './crm-error';
import { endpointPath, SecretRedactor } from './redaction';

function where(options: CrmErrorOptions): string {
  const path = options.endpoint ? endpointPath(options.endpoint) : null;
  return [options.crm, options.method, path].filter(Boolean).join(' ');
}

/** Options of a timeout error. */
export interface CrmTimeoutErrorOptions extends CrmErrorOptions {
  /** The per-attempt timeout that expired. */
  readonly timeoutMs: number;
}

/** The CRM did not answer within the per-attempt timeout, on every attempt. */
export class CrmTimeoutError extends CrmError {
  static override readonly errorKind: string = 'CrmTimeoutError';

  static {
    CrmTimeoutError.prototype.name = 'CrmTimeoutError';
  }

  readonly timeoutMs: number;

  constructor(options: CrmTimeoutErrorOptions) {
    super(
      `${where(options)} timed out after ${options.timeoutMs} ms (${options.attempts ?? 1} attempt(s))`,
      options,
    );
    this.timeoutMs = options.timeoutMs;
  }
}

/** Options of a network error. */
export interface CrmNetworkErrorOptions extends CrmErrorOptions {
  /** The system error code, e.g. `ECONNRESET`, `UND_ERR_SOCKET`. */
  readonly code?: string | null;
}

/** The connection failed or was cut (reset, refused, DNS), on every attempt. */
export class CrmNetworkError extends CrmError {
  static override readonly errorKind: string = 'CrmNetworkError';

  static {
    CrmNetworkError.prototype.name = 'CrmNetworkError';
  }

  readonly code: string | null;

  constructor(options: CrmNetworkErrorOptions) {
    const code = options.code ? ` (${options.code})` : '';
    super(
      `${where(options)} failed: network error${code} after ${options.attempts ?? 1} attempt(s)`,
      options,
    );
    this.code = options.code ?? null;
  }
}

/** Options of a response error. */
export interface CrmResponseErrorOptions extends CrmErrorOptions {
  readonly status: number;
  /** What was wrong with the body. */
  readonly reason: 'malformed_json' | 'unexpected_shape';
  /** A short excerpt of the body (redacted) to recognise it by. */
  readonly excerpt?: string;
  /** For `unexpected_shape`: what was expected. */
  readonly detail?: string;
}

/** A success status whose body is not the JSON the CRM documents (malformed or misshapen). */
export class CrmResponseError extends CrmError {
  static override readonly errorKind: string = 'CrmResponseError';

  static {
    CrmResponseError.prototype.name = 'CrmResponseError';
  }

  readonly status: number;
  readonly reason: 'malformed_json' | 'unexpected_shape';
  readonly excerpt: string | null;

  constructor(options: CrmResponseErrorOptions) {
    const what =
      options.reason === 'malformed_json'
        ? 'a body that is not valid JSON'
        : `an unexpected body${options.detail ? ` (${options.detail})` : ''}`;
    super(`${where(options)} answered HTTP ${options.status} with ${what}`, options);
    this.status = options.status;
    this.reason = options.reason;
    const excerpt = options.excerpt?.slice(0, 200);
    this.excerpt =
      excerpt === undefined ? null : (options.redactor ?? new SecretRedactor()).redact(excerpt);
  }
}
