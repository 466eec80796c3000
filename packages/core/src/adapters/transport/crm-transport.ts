import { type Clock, systemClock } from '../contract/clock';
import type { CrmAuth } from '../contract/crm-auth';
import { CrmError } from '../contract/crm-error';
import { CrmAuthError } from '../contract/crm-http-errors';
import { endpointPath, SecretRedactor } from '../contract/redaction';
import { DEFAULT_RETRY_POLICY, fullJitterDelay, type RetryPolicy } from './backoff';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { TokenSource } from './crm-auth';
import type { CrmDialect } from './crm-dialect';
import { RateLimitScope } from './rate-limit-scope';
import type { RateLimiter } from './rate-limiter';
import { type Failure, readOutcome } from './read-outcome';
import { sendAttempt } from './send-attempt';
import type { CrmTransportLogger, CrmTransportStats } from './transport-events';

/** Options of a `CrmTransport`. */
export interface CrmTransportOptions {
  /** The CRM's dialect: errors, rate-limit headers, auth header. */
  readonly dialect: CrmDialect;
  /** e.g. `https://api.hubapi.com`, or a fake server's URL. */
  readonly baseUrl: string;
  readonly auth: CrmAuth;
  /** Real-time limit per attempt, headers and body together. Default 30 s. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Requests in flight at once. Default 4. */
  readonly maxConcurrency?: number;
  /** Clock for backoff and throttling waits (not for timeouts). Default: real time. */
  readonly clock?: Clock;
  /** Uniform random numbers in [0, 1) for jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Extra wait after a rate-limit window frees, for network latency. Default 100 ms. */
  readonly rateLimitMarginMs?: number;
  readonly logger?: CrmTransportLogger;
  /** Extra headers on every request (e.g. a User-Agent). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The rate limiters of the account, shared with other transports on it (limits are per
   * account, not per client). Default: this transport's own.
   */
  readonly rateLimitScope?: RateLimitScope;
}

/** One request. */
export interface CrmRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below `baseUrl`, e.g. `/crm/v3/objects/contacts`. */
  readonly path: string;
  /** Query parameters; arrays repeat the key. */
  readonly searchParams?: Readonly<
    Record<string, string | number | boolean | readonly string[] | undefined>
  >;
  readonly json?: unknown;
  /** Safe to retry: reads, including reads sent as POST (search, batch read). Default: GET only. */
  readonly idempotent?: boolean;
  /** Rate-limit group, e.g. `search`. Default `default`. */
  readonly group?: string;
  readonly signal?: AbortSignal;
}

/** A successful response with its parsed JSON body (null when empty). */
export interface CrmResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly data: T;
}

function toSearchParams(params: CrmRequest['searchParams']): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.append(key, String(value));
  }
  return search;
}

/**
 * The one HTTP client every adapter uses, on ky: authentication with OAuth refresh,
 * per-attempt timeouts, retries of reads with full-jitter backoff that honour
 * `Retry-After`, proactive throttling from rate-limit headers, bounded concurrency,
 * cancellation, and typed errors that never contain a secret.
 */
export class CrmTransport {
  readonly #options: CrmTransportOptions;
  readonly #policy: RetryPolicy;
  readonly #clock: Clock;
  readonly #redactor = new SecretRedactor();
  readonly #tokens: TokenSource;
  readonly #concurrency: ConcurrencyLimiter;
  readonly #scope: RateLimitScope;
  #stats = { requests: 0, retried: 0, throttled: 0 };

  constructor(options: CrmTransportOptions) {
    this.#options = options;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#clock = options.clock ?? systemClock;
    this.#tokens = new TokenSource(options.auth, this.#clock, this.#redactor, (reason) =>
      options.logger?.({ type: 'token-refresh', reason }),
    );
    this.#concurrency = new ConcurrencyLimiter(options.maxConcurrency ?? 4);
    this.#scope = options.rateLimitScope ?? new RateLimitScope();
  }

  /** The CRM this transport talks to. */
  get crm(): string {
    return this.#options.dialect.crm;
  }

  /** Counters since the transport was created. */
  get stats(): CrmTransportStats {
    return { ...this.#stats };
  }

  /** The redactor holding every token this transport has used, for adapter-built errors. */
  get redactor(): SecretRedactor {
    return this.#redactor;
  }

  #limiter(group: string): RateLimiter {
    return this.#scope.limiter(group, () => ({
      clock: this.#clock,
      windows: this.#options.dialect.rateLimits?.[group] ?? [],
      marginMs: this.#options.rateLimitMarginMs ?? 100,
    }));
  }

  /**
   * Sends a request, retrying what can be retried.
   * @throws {CrmHttpError | CrmRateLimitError | CrmAuthError | CrmTimeoutError | CrmNetworkError | CrmResponseError}
   *   when it cannot succeed; the signal's reason when aborted.
   */
  async request<T = unknown>(request: CrmRequest): Promise<CrmResponse<T>> {
    const method = request.method ?? 'GET';
    const idempotent = request.idempotent ?? method === 'GET';
    const group = request.group ?? 'default';
    const limiter = this.#limiter(group);
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      request.signal?.throwIfAborted();
      const decision = await limiter.acquire(request.signal);
      if (decision.ok && decision.waitedMs > 0) {
        this.#stats.throttled++;
        this.#options.logger?.({ type: 'throttle', group, waitedMs: decision.waitedMs });
      }
      const outcome = await this.#send(request, method, attempt, decision, !refreshed);
      if (outcome.ok) return outcome.response as CrmResponse<T>;
      if (outcome.refreshing) {
        refreshed = true;
        await outcome.refreshing;
        continue;
      }
      const failure = outcome.failure;
      const error = failure.error({ attempts: attempt, refreshed });
      const retryable = failure.kind === 'rate_limit' || failure.kind === 'retryable';
      if (!retryable || failure.terminal || !idempotent || attempt > this.#policy.maxRetries) {
        throw error;
      }
      const delayMs =
        failure.retryAfterMs ??
        fullJitterDelay(attempt, this.#policy, this.#options.random ?? Math.random);
      if (delayMs > this.#policy.maxRetryAfterMs) throw error;
      if (failure.retryAfterMs !== null) limiter.pauseUntil(this.#clock.now() + delayMs);
      this.#stats.retried++;
      this.#options.logger?.({
        type: 'retry',
        method,
        path: this.#path(request),
        reason: failure.reason,
        attempt,
        delayMs,
      });
      await this.#clock.sleep(delayMs, request.signal);
    }
  }

  #path(request: CrmRequest): string {
    return this.#redactor.redact(endpointPath(request.path));
  }

  async #send(
    request: CrmRequest,
    method: string,
    attempt: number,
    decision: Awaited<ReturnType<RateLimiter['acquire']>>,
    mayRefresh: boolean,
  ): Promise<
    | { ok: true; response: CrmResponse }
    | { ok: false; failure: Failure; refreshing?: Promise<void> }
  > {
    const context = {
      dialect: this.#options.dialect,
      redactor: this.#redactor,
      method,
      path: request.path,
      clock: this.#clock,
    };
    if (!decision.ok)
      return { ok: false, failure: readOutcome.budgetSpent(context, decision.window) };
    const release = await this.#concurrency.acquire(request.signal);
    const started = Date.now();
    try {
      // Read after taking the slot: a refresh started by the request before us is awaited.
      const token = await this.#currentToken(request, method);
      this.#stats.requests++;
      this.#options.logger?.({ type: 'request', method, path: this.#path(request), attempt });
      const outcome = await sendAttempt({
        method,
        baseUrl: this.#options.baseUrl,
        path: request.path,
        searchParams: toSearchParams(request.searchParams),
        headers: {
          accept: 'application/json',
          ...this.#options.headers,
          ...(this.#options.dialect.authorize?.(token, this.#options.auth) ?? {
            authorization: `Bearer ${token}`,
          }),
        },
        json: request.json,
        timeoutMs: this.#options.timeoutMs ?? 30_000,
        ...(request.signal ? { signal: request.signal } : {}),
      });
      if (outcome.kind === 'response') {
        this.#options.logger?.({
          type: 'response',
          method,
          path: this.#path(request),
          status: outcome.status,
          durationMs: Date.now() - started,
        });
        const windows = this.#options.dialect.rateLimitHeaders?.(
          outcome.headers,
          this.#clock.now(),
        );
        if (windows) this.#limiter(request.group ?? 'default').observe(windows);
      }
      const result = readOutcome.attempt(context, outcome, this.#options.timeoutMs ?? 30_000);
      if (
        !result.ok &&
        result.failure.kind === 'auth_refreshable' &&
        mayRefresh &&
        this.#tokens.canRefresh
      ) {
        // Started before the slot is freed, so requests queued behind this one wait for it.
        return { ...result, refreshing: this.#refresh(request, method, token) };
      }
      return result;
    } finally {
      release();
    }
  }

  async #currentToken(request: CrmRequest, method: string): Promise<string> {
    try {
      return await this.#tokens.current();
    } catch (error) {
      throw this.#refreshError(error, request, method);
    }
  }

  async #refresh(request: CrmRequest, method: string, staleToken: string): Promise<void> {
    try {
      await this.#tokens.refresh(staleToken, 'unauthorized');
    } catch (error) {
      throw this.#refreshError(error, request, method);
    }
  }

  #refreshError(error: unknown, request: CrmRequest, method: string): CrmError {
    if (error instanceof CrmError) return error;
    const cause =
      error instanceof Error
        ? { name: error.name, message: error.message }
        : { name: 'Error', message: String(error) };
    return new CrmAuthError({
      crm: this.crm,
      method,
      endpoint: request.path,
      status: 401,
      category: 'REFRESH_FAILED',
      message: 'the refresh callback failed',
      cause,
      redactor: this.#redactor,
    });
  }
}
