import type { FakeResponse } from '../harness/fake-http-types';
import { RollingWindow } from '../harness/rolling-window';
import { pipedriveErrors } from './pipedrive-errors';

const DAY_MS = 86_400_000;

/** The company's limits (guide §4.7). */
export interface PipedriveLimits {
  /** Burst limit per API token in a rolling 2 s window. Default 20 (Lite plan). */
  readonly apiTokenBurst?: number;
  /** Burst limit per OAuth token. Default 80 (Lite plan). */
  readonly oauthBurst?: number;
  /** Daily token budget per company (30,000 × plan multiplier × seats). Default 30,000. */
  readonly dailyTokens?: number;
  /** After this many 429s in a row to one API token, answer 403 Cloudflare HTML instead (off by default). */
  readonly cloudflareAfter?: number;
}

/** Rate-limit counters for assertions. */
export interface PipedriveBudgetSnapshot {
  readonly tokensUsed: number;
  readonly tokensLeft: number;
  readonly rejected: number;
}

/** What the budget decided: headers to send, or the rejection. */
export type BudgetDecision =
  | { readonly ok: true; readonly headers: Record<string, string> }
  | { readonly ok: false; readonly response: FakeResponse };

/**
 * Server-side rate limiting: a burst window per token (2 s rolling) and a daily token
 * budget per company charged by each route's `x-token-cost`, resetting at midnight UTC of
 * the fake clock. Sends `x-ratelimit-limit/-remaining/-reset` and, for API tokens,
 * `x-daily-requests-left` (guide §4.7).
 */
export class PipedriveBudget {
  readonly #limits: Required<Omit<PipedriveLimits, 'cloudflareAfter'>> & {
    cloudflareAfter: number;
  };
  readonly #bursts = new Map<string, RollingWindow>();
  readonly #rejectedInRow = new Map<string, number>();
  #day = -1;
  #used = 0;
  #rejected = 0;

  constructor(limits: PipedriveLimits = {}) {
    this.#limits = {
      apiTokenBurst: limits.apiTokenBurst ?? 20,
      oauthBurst: limits.oauthBurst ?? 80,
      dailyTokens: limits.dailyTokens ?? 30_000,
      cloudflareAfter: limits.cloudflareAfter ?? Number.POSITIVE_INFINITY,
    };
  }

  /** Charges one request of `cost` tokens, or rejects it. */
  take(token: string, kind: 'api_token' | 'oauth', cost: number, now: number): BudgetDecision {
    const day = Math.floor(now / DAY_MS);
    if (day !== this.#day) {
      this.#day = day;
      this.#used = 0;
    }
    const limit = kind === 'api_token' ? this.#limits.apiTokenBurst : this.#limits.oauthBurst;
    let window = this.#bursts.get(token);
    if (!window) {
      window = new RollingWindow(limit, 2000);
      this.#bursts.set(token, window);
    }
    const reject = (response: FakeResponse): BudgetDecision => {
      this.#rejected++;
      const inRow = (this.#rejectedInRow.get(token) ?? 0) + 1;
      this.#rejectedInRow.set(token, inRow);
      if (kind === 'api_token' && inRow > this.#limits.cloudflareAfter)
        return { ok: false, response: pipedriveErrors.cloudflare() };
      return {
        ok: false,
        response: {
          ...response,
          headers: { ...response.headers, ...this.#headers(window, kind, now) },
        },
      };
    };
    if (this.#used + cost > this.#limits.dailyTokens) return reject(pipedriveErrors.daily());
    if (!window.tryTake(now)) return reject(pipedriveErrors.burst());
    this.#used += cost;
    this.#rejectedInRow.set(token, 0);
    return { ok: true, headers: this.#headers(window, kind, now) };
  }

  #headers(
    window: RollingWindow,
    kind: 'api_token' | 'oauth',
    now: number,
  ): Record<string, string> {
    return {
      'x-ratelimit-limit': String(window.limit),
      'x-ratelimit-remaining': String(window.remaining(now)),
      'x-ratelimit-reset': String(Math.ceil((window.freesAt(now) - now) / 1000)),
      ...(kind === 'api_token'
        ? { 'x-daily-requests-left': String(Math.max(0, this.#limits.dailyTokens - this.#used)) }
        : {}),
    };
  }

  /** Counters now. */
  snapshot(): PipedriveBudgetSnapshot {
    return {
      tokensUsed: this.#used,
      tokensLeft: Math.max(0, this.#limits.dailyTokens - this.#used),
      rejected: this.#rejected,
    };
  }
}
