import type { FaultAction } from '../harness/fault-rules';

/** A fault the suite injects, how long a transient burst lasts, and the error a persistent one must raise. */
export interface FaultScenario {
  readonly name: string;
  readonly action: FaultAction;
  /** Consecutive matching requests that fail in the transient variant. */
  readonly burst: number;
  /** `name` of the typed error a persistent fault must surface as. */
  readonly error:
    | 'CrmRateLimitError'
    | 'CrmHttpError'
    | 'CrmNetworkError'
    | 'CrmTimeoutError'
    | 'CrmResponseError'
    | 'CrmAuthError';
}

/** The faults of guide §9.1 and issue 6, for a client whose per-attempt timeout is `timeoutMs`. */
export function faultScenarios(timeoutMs: number): FaultScenario[] {
  return [
    {
      name: '429 burst without Retry-After',
      action: { kind: 'rate-limit' },
      burst: 3,
      error: 'CrmRateLimitError',
    },
    {
      name: '429 burst with Retry-After',
      action: { kind: 'rate-limit', retryAfterSeconds: 2 },
      burst: 3,
      error: 'CrmRateLimitError',
    },
    {
      name: '500 with a JSON error body',
      action: { kind: 'server-error', status: 500 },
      burst: 2,
      error: 'CrmHttpError',
    },
    {
      name: '502 HTML page from a proxy',
      action: { kind: 'server-error', status: 502, html: true },
      burst: 1,
      error: 'CrmHttpError',
    },
    { name: '503', action: { kind: 'server-error', status: 503 }, burst: 1, error: 'CrmHttpError' },
    { name: 'connection reset', action: { kind: 'reset' }, burst: 2, error: 'CrmNetworkError' },
    {
      name: 'slow response past the timeout',
      action: { kind: 'slow', delayMs: timeoutMs * 4 },
      burst: 1,
      error: 'CrmTimeoutError',
    },
    {
      name: 'malformed JSON',
      action: { kind: 'malformed-json' },
      burst: 1,
      error: 'CrmResponseError',
    },
    { name: 'expired token', action: { kind: 'expired-token' }, burst: 1, error: 'CrmAuthError' },
  ];
}
