import type { Clock } from '../contract/clock';
import type { RateLimitWindow, RateLimitWindowConfig } from './rate-limit-window';

interface WindowState {
  readonly name: string;
  limit: number;
  windowMs: number;
  terminal: boolean;
  /** Our own send times inside the window (rolling-window accounting). */
  readonly sends: number[];
  /** What the CRM last said is left, counting down as we send; null when unknown. */
  serverRemaining: number | null;
  resetAt: number | null;
}

/** What `acquire` decided: go (after waiting), or a terminal budget is spent. */
export type RateLimitDecision =
  | { readonly ok: true; readonly waitedMs: number }
  | { readonly ok: false; readonly window: RateLimitWindow };

/** Options of a `RateLimiter`. */
export interface RateLimiterOptions {
  readonly clock: Clock;
  /** Windows known up front (documented limits without headers, e.g. HubSpot search 5/s). */
  readonly windows?: readonly RateLimitWindowConfig[];
  /** Extra wait after a window frees, for network latency between our send and its arrival. */
  readonly marginMs?: number;
}

/**
 * A proactive limiter: counts our own sends per rolling window, learns limits and the
 * remaining budget from response headers (which also reflect other apps on the account),
 * and makes callers wait before the CRM would answer 429.
 */
export class RateLimiter {
  readonly #clock: Clock;
  readonly #marginMs: number;
  readonly #windows = new Map<string, WindowState>();
  #pausedUntil = 0;

  constructor(options: RateLimiterOptions) {
    this.#clock = options.clock;
    this.#marginMs = options.marginMs ?? 0;
    for (const window of options.windows ?? []) {
      this.#state(window.name, window.limit, window.windowMs, false);
    }
  }

  #state(name: string, limit: number, windowMs: number, terminal: boolean): WindowState {
    let state = this.#windows.get(name);
    if (!state) {
      state = { name, limit, windowMs, terminal, sends: [], serverRemaining: null, resetAt: null };
      this.#windows.set(name, state);
    }
    return state;
  }

  /** Updates limits and remaining budgets from what a response reported. */
  observe(windows: readonly RateLimitWindow[]): void {
    for (const window of windows) {
      const state = this.#state(
        window.name,
        window.limit,
        window.windowMs,
        window.terminal ?? false,
      );
      state.limit = window.limit;
      state.windowMs = window.windowMs;
      state.terminal = window.terminal ?? false;
      state.serverRemaining = window.remaining;
      state.resetAt = window.resetAt ?? null;
    }
  }

  /** Holds every request until `time` (epoch ms), e.g. after a 429 with `Retry-After`. */
  pauseUntil(time: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, time);
  }

  /** How long to wait before the next send is allowed; a spent terminal budget stops. */
  #waitFor(now: number): number | WindowState {
    let wait = Math.max(0, this.#pausedUntil - now);
    for (const state of this.#windows.values()) {
      const empty = state.serverRemaining !== null && state.serverRemaining <= 0;
      if (state.terminal) {
        if (empty) return state;
        continue;
      }
      const horizon = now - state.windowMs - this.#marginMs;
      while (state.sends.length > 0 && (state.sends[0] as number) <= horizon) state.sends.shift();
      const oldest = state.sends[0];
      if (state.sends.length >= state.limit && oldest !== undefined) {
        wait = Math.max(wait, oldest + state.windowMs + this.#marginMs - now);
      } else if (empty) {
        const frees = state.resetAt ?? (oldest ?? now) + state.windowMs + this.#marginMs;
        // A stale "0 left" whose window has passed: forget it and let the CRM say again.
        if (frees <= now) state.serverRemaining = null;
        else wait = Math.max(wait, frees - now);
      }
    }
    return wait;
  }

  /** Waits until a request may be sent and counts it as sent. */
  async acquire(signal?: AbortSignal): Promise<RateLimitDecision> {
    let waitedMs = 0;
    for (;;) {
      const now = this.#clock.now();
      const wait = this.#waitFor(now);
      if (typeof wait !== 'number') {
        const { name, limit, windowMs } = wait;
        return { ok: false, window: { name, limit, windowMs, remaining: 0, terminal: true } };
      }
      if (wait <= 0) {
        for (const state of this.#windows.values()) {
          if (!state.terminal) state.sends.push(now);
          if (state.serverRemaining !== null) state.serverRemaining--;
        }
        return { ok: true, waitedMs };
      }
      await this.#clock.sleep(wait, signal);
      waitedMs += wait;
      // Having waited the window out, the last server count is stale.
      for (const state of this.#windows.values()) {
        if (!state.terminal && state.serverRemaining !== null && state.serverRemaining <= 0) {
          state.serverRemaining = null;
        }
      }
    }
  }
}
