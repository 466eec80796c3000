import type { Clock } from '../contract/clock';
import type { CrmError } from '../contract/crm-error';
import { CrmAuthError, CrmHttpError, CrmRateLimitError } from '../contract/crm-http-errors';
import {
  CrmNetworkError,
  CrmResponseError,
  CrmTimeoutError,
} from '../contract/crm-transport-errors';
import type { SecretRedactor } from '../contract/redaction';
import { parseRetryAfter } from './backoff';
import { type CrmDialect, type CrmFailureKind, classifyStatus } from './crm-dialect';
import type { CrmResponse } from './crm-transport';
import type { RateLimitWindow } from './rate-limit-window';
import type { AttemptOutcome } from './send-attempt';

/** What interpreting an outcome needs. */
export interface OutcomeContext {
  readonly dialect: CrmDialect;
  readonly redactor: SecretRedactor;
  readonly method: string;
  readonly path: string;
  readonly clock: Clock;
}

/** A failed attempt: how to treat it, and the error to throw if it is the last. */
export interface Failure {
  readonly kind: CrmFailureKind;
  readonly terminal: boolean;
  /** The server's requested wait, when it sent one. */
  readonly retryAfterMs: number | null;
  /** Short reason for logs, e.g. `http 503`. */
  readonly reason: string;
  error(final: { readonly attempts: number; readonly refreshed: boolean }): CrmError;
}

type Interpreted = { ok: true; response: CrmResponse } | { ok: false; failure: Failure };

function parseBody(text: string): { json: true; value: unknown } | { json: false; value: string } {
  if (text.trim() === '') return { json: true, value: null };
  try {
    return { json: true, value: JSON.parse(text) };
  } catch {
    return { json: false, value: text };
  }
}

function base(context: OutcomeContext, attempts: number) {
  return {
    crm: context.dialect.crm,
    method: context.method,
    endpoint: context.path,
    attempts,
    redactor: context.redactor,
  };
}

function httpFailure(
  context: OutcomeContext,
  status: number,
  headers: Headers,
  body: unknown,
): Failure {
  const reading = context.dialect.readError({ status, headers, body });
  const kind = reading.kind ?? classifyStatus(status);
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), context.clock.now());
  const terminal = reading.terminal ?? false;
  return {
    kind,
    terminal,
    retryAfterMs,
    reason: `http ${status}`,
    error: ({ attempts, refreshed }) => {
      const options = { ...base(context, attempts), ...reading, status, body };
      if (kind === 'auth' || kind === 'auth_refreshable')
        return new CrmAuthError({ ...options, refreshed });
      if (kind !== 'rate_limit') return new CrmHttpError(options);
      const resetAt =
        retryAfterMs === null ? null : new Date(context.clock.now() + retryAfterMs).toISOString();
      return new CrmRateLimitError({ ...options, retryAfterMs, resetAt, terminal });
    },
  };
}

/** Interprets attempts and spent budgets into responses or failures. */
export const readOutcome = {
  /** A sent attempt: a parsed 2xx response, or a classified failure. */
  attempt(context: OutcomeContext, outcome: AttemptOutcome, timeoutMs: number): Interpreted {
    if (outcome.kind === 'timeout') {
      return {
        ok: false,
        failure: {
          kind: 'retryable',
          terminal: false,
          retryAfterMs: null,
          reason: 'timeout',
          error: ({ attempts }) => new CrmTimeoutError({ ...base(context, attempts), timeoutMs }),
        },
      };
    }
    if (outcome.kind === 'network') {
      const { cause } = outcome;
      return {
        ok: false,
        failure: {
          kind: 'retryable',
          terminal: false,
          retryAfterMs: null,
          reason: `network ${cause.code ?? cause.name}`,
          error: ({ attempts }) =>
            new CrmNetworkError({ ...base(context, attempts), code: cause.code ?? null, cause }),
        },
      };
    }
    const { status, headers, text } = outcome;
    const body = parseBody(text);
    if (status >= 200 && status < 300) {
      if (body.json) return { ok: true, response: { status, headers, data: body.value } };
      return {
        ok: false,
        failure: {
          // A 2xx that is not JSON is a cut or garbled body more often than not: retry reads.
          kind: 'retryable',
          terminal: false,
          retryAfterMs: null,
          reason: 'malformed json',
          error: ({ attempts }) =>
            new CrmResponseError({
              ...base(context, attempts),
              status,
              reason: 'malformed_json',
              excerpt: text,
            }),
        },
      };
    }
    return { ok: false, failure: httpFailure(context, status, headers, body.value) };
  },

  /** A terminal budget (e.g. HubSpot daily) known spent before sending. */
  budgetSpent(context: OutcomeContext, window: RateLimitWindow): Failure {
    return {
      kind: 'rate_limit',
      terminal: true,
      retryAfterMs: null,
      reason: `budget ${window.name}`,
      error: ({ attempts }) =>
        new CrmRateLimitError({
          ...base(context, attempts),
          status: 429,
          policy: window.name.toUpperCase(),
          message: `the ${window.name} budget of ${window.limit} requests is spent (not sent)`,
          terminal: true,
        }),
    };
  },
};
