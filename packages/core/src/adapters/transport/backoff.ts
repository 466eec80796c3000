/** How the transport retries. */
export interface RetryPolicy {
  /** Retries after the first attempt (so `maxRetries + 1` attempts in all). */
  readonly maxRetries: number;
  /** Backoff cap of the first retry; doubles with each retry. */
  readonly baseDelayMs: number;
  /** Largest backoff cap. */
  readonly maxDelayMs: number;
  /** Longest server-requested wait (`Retry-After`) honoured; longer ones fail at once. */
  readonly maxRetryAfterMs: number;
}

/** Defaults: 5 retries, 0.5 s doubling up to 30 s, `Retry-After` up to 2 minutes. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/**
 * "Full jitter" exponential backoff: a uniform delay between 0 and
 * `min(maxDelayMs, baseDelayMs * 2^(retry - 1))`, which spreads retrying clients apart.
 * @param retry - 1 for the first retry.
 * @param random - a uniform number in [0, 1).
 */
export function fullJitterDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * cap);
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay seconds (`120`, `0.5`) or an
 * HTTP-date (RFC 9110 §10.2.3), relative to `now`. Null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
