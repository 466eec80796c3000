import { RateLimiter, type RateLimiterOptions } from './rate-limiter';

/**
 * The rate limiters of one CRM account, by request group. CRMs count limits per account
 * (HubSpot's search limit is per portal), so every transport reading the same account must
 * count against the same windows: give them one scope. A transport without a scope has its
 * own.
 */
export class RateLimitScope {
  readonly #limiters = new Map<string, RateLimiter>();

  /** The limiter of a group, made with `options` by the first transport that asks. */
  limiter(group: string, options: () => RateLimiterOptions): RateLimiter {
    let limiter = this.#limiters.get(group);
    if (!limiter) {
      limiter = new RateLimiter(options());
      this.#limiters.set(group, limiter);
    }
    return limiter;
  }
}

const SCOPES = new Map<string, RateLimitScope>();

/**
 * The process-wide scope of an account key (e.g. `hubspot:https://api.hubapi.com:6748263`),
 * so adapters created apart on one account share their rate limits.
 */
export function accountRateLimitScope(key: string): RateLimitScope {
  let scope = SCOPES.get(key);
  if (!scope) {
    scope = new RateLimitScope();
    SCOPES.set(key, scope);
  }
  return scope;
}
