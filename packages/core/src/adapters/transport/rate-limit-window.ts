/**
 * A rate-limit window as a CRM reports it in response headers, normalized so one limiter
 * serves every CRM. Rolling windows (HubSpot's ten-secondly) give `windowMs`; fixed
 * windows (Pipedrive's `x-ratelimit-reset`) also give `resetAt`.
 */
export interface RateLimitWindow {
  /** Stable name, e.g. `interval`, `secondly`, `daily`. */
  readonly name: string;
  /** Requests allowed per window. */
  readonly limit: number;
  /** Requests left in the current window, as of this response. */
  readonly remaining: number;
  readonly windowMs: number;
  /** When the current window frees up (epoch ms), when the CRM says. */
  readonly resetAt?: number;
  /**
   * A budget that waiting cannot refill within a sync (HubSpot daily, Salesforce
   * `api-usage`): when spent, requests fail at once with a terminal rate-limit error.
   */
  readonly terminal?: boolean;
}

/** A configured window, for limits the CRM documents but does not send headers for. */
export type RateLimitWindowConfig = Pick<RateLimitWindow, 'name' | 'limit' | 'windowMs'>;

/**
 * Reads the rate-limit windows a response reports. One parser per CRM: HubSpot
 * `X-HubSpot-RateLimit-*` (below), Pipedrive `x-ratelimit-limit/-remaining/-reset`,
 * Salesforce `Sforce-Limit-Info: api-usage=N/M` (terminal).
 */
export type RateLimitHeaderParser = (headers: Headers, now: number) => RateLimitWindow[];
