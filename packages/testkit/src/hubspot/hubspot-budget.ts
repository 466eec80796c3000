import type { FakeResponse } from '../harness/fake-http-types';
import { RollingWindow } from '../harness/rolling-window';
import { hubspotErrors } from './hubspot-errors';

const DAY_MS = 86_400_000;

/** The portal's limits (guide §2.10): defaults are a Free/Starter private app. */
export interface HubSpotLimits {
  /** Requests per rolling 10 s, per account. Default 100. */
  readonly perTenSeconds?: number;
  /** Requests per day (UTC days of the fake clock). Default 250,000. */
  readonly daily?: number;
  /** Search requests per second, per account. Default 5. */
  readonly searchPerSecond?: number;
  /** Send `Retry-After` with rate-limit 429s (HubSpot does not document it). Default false. */
  readonly retryAfter?: boolean;
}

/** A request the budget let through, with the headers to send, or the 429 to send instead. */
export type BudgetDecision =
  | { readonly ok: true; readonly headers: Record<string, string> }
  | { readonly ok: false; readonly response: FakeResponse };

/** Counters for assertions and benchmarks. */
export interface HubSpotBudgetSnapshot {
  readonly perTenSeconds: { readonly limit: number; readonly remaining: number };
  readonly daily: { readonly limit: number; readonly used: number };
  readonly search: { readonly limit: number; readonly remaining: number };
  /** 429s sent because a limit was hit (injected faults not included). */
  readonly rejected: number;
}

/**
 * Per-account rate limits as HubSpot enforces them: a rolling ten-second window and a daily
 * budget shared by every token, a separate five-per-second search limit, the
 * `X-HubSpot-RateLimit-*` headers on every non-search response (the daily pair omitted for
 * OAuth calls), and 429s until a window frees.
 */
export class HubSpotBudget {
  readonly #interval: RollingWindow;
  readonly #search: RollingWindow;
  readonly #dailyLimit: number;
  readonly #retryAfter: boolean;
  #day = -1;
  #dailyUsed = 0;
  #rejected = 0;

  constructor(limits: HubSpotLimits = {}) {
    this.#interval = new RollingWindow(limits.perTenSeconds ?? 100, 10_000);
    this.#search = new RollingWindow(limits.searchPerSecond ?? 5, 1000);
    this.#dailyLimit = limits.daily ?? 250_000;
    this.#retryAfter = limits.retryAfter ?? false;
  }

  #headers(now: number, oauth: boolean): Record<string, string> {
    return {
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
      'x-hubspot-ratelimit-max': String(this.#interval.limit),
      'x-hubspot-ratelimit-remaining': String(this.#interval.remaining(now)),
      ...(oauth
        ? {}
        : {
            'x-hubspot-ratelimit-daily': String(this.#dailyLimit),
            'x-hubspot-ratelimit-daily-remaining': String(
              Math.max(0, this.#dailyLimit - this.#dailyUsed),
            ),
          }),
    };
  }

  #retry(now: number, frees: number): Record<string, string> {
    return this.#retryAfter
      ? { 'retry-after': String(Math.max(1, Math.ceil((frees - now) / 1000))) }
      : {};
  }

  /** Charges one request of a kind to the account. */
  take(kind: 'default' | 'search', now: number, oauth: boolean): BudgetDecision {
    const day = Math.floor(now / DAY_MS);
    if (day !== this.#day) {
      this.#day = day;
      this.#dailyUsed = 0;
    }
    if (this.#dailyUsed >= this.#dailyLimit) {
      this.#rejected++;
      return { ok: false, response: hubspotErrors.daily(this.#retry(now, (day + 1) * DAY_MS)) };
    }
    if (kind === 'search') {
      if (!this.#search.tryTake(now)) {
        this.#rejected++;
        return { ok: false, response: hubspotErrors.searchSecondly() };
      }
      this.#dailyUsed++;
      return { ok: true, headers: {} };
    }
    if (!this.#interval.tryTake(now)) {
      this.#rejected++;
      const response = hubspotErrors.tenSecondly(this.#retry(now, this.#interval.freesAt(now)));
      return {
        ok: false,
        response: { ...response, headers: { ...response.headers, ...this.#headers(now, oauth) } },
      };
    }
    this.#dailyUsed++;
    return { ok: true, headers: this.#headers(now, oauth) };
  }

  /** Current counters. */
  snapshot(now: number): HubSpotBudgetSnapshot {
    return {
      perTenSeconds: { limit: this.#interval.limit, remaining: this.#interval.remaining(now) },
      daily: { limit: this.#dailyLimit, used: this.#dailyUsed },
      search: { limit: this.#search.limit, remaining: this.#search.remaining(now) },
      rejected: this.#rejected,
    };
  }
}
