import { randomBytes } from 'node:crypto';
import type { FakeClock } from '../harness/fake-clock';
import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { pipedriveErrors } from './pipedrive-errors';

/** Who may call the fake. */
export interface PipedriveAuthOptions {
  /** API tokens (per user and company), valid until revoked. Default `['fake-pipedrive-api-token-0123456789abcdef']`. */
  readonly apiTokens?: readonly string[];
  /** Refresh tokens `POST /oauth/token` accepts. Default `['fake-pipedrive-refresh-token']`. */
  readonly refreshTokens?: readonly string[];
  /** OAuth access-token lifetime in fake-clock seconds (Pipedrive: 3600, guide §4.1). */
  readonly accessTokenTtlSeconds?: number;
}

/** How a request authenticated: an API token counts against the api_token burst limit and daily header. */
export type PipedriveAuthResult =
  | { readonly ok: true; readonly kind: 'api_token' | 'oauth'; readonly token: string }
  | { readonly ok: false; readonly response: FakeResponse };

/**
 * API tokens (`x-api-token` header or the legacy `?api_token=` query) and expiring OAuth
 * access tokens (`Authorization: Bearer`), as Pipedrive checks them (guide §4.1, §9.4).
 */
export class PipedriveAuth {
  readonly #clock: FakeClock;
  readonly #apiTokens: Set<string>;
  readonly #refresh: Set<string>;
  readonly #ttlMs: number;
  readonly #access = new Map<string, number>();

  constructor(options: PipedriveAuthOptions, clock: FakeClock) {
    this.#clock = clock;
    this.#apiTokens = new Set(options.apiTokens ?? ['fake-pipedrive-api-token-0123456789abcdef']);
    this.#refresh = new Set(options.refreshTokens ?? ['fake-pipedrive-refresh-token']);
    this.#ttlMs = (options.accessTokenTtlSeconds ?? 3600) * 1000;
  }

  /** The first API token. */
  get apiToken(): string {
    return [...this.#apiTokens][0] as string;
  }

  /** Issues an OAuth access token directly (as the token endpoint would). */
  issueAccessToken(ttlMs = this.#ttlMs): string {
    const token = `v1:${randomBytes(24).toString('base64url')}`;
    this.#access.set(token, this.#clock.now() + ttlMs);
    return token;
  }

  /** Checks the request's credential. */
  check(request: FakeRequest): PipedriveAuthResult {
    const header = request.headers['x-api-token'];
    const apiToken = (Array.isArray(header) ? header[0] : header) ?? request.query.get('api_token');
    if (apiToken) {
      return this.#apiTokens.has(apiToken)
        ? { ok: true, kind: 'api_token', token: apiToken }
        : { ok: false, response: pipedriveErrors.unauthorized() };
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const expiresAt = bearer ? this.#access.get(bearer) : undefined;
    if (!bearer || expiresAt === undefined || this.#clock.now() >= expiresAt)
      return { ok: false, response: pipedriveErrors.unauthorized() };
    return { ok: true, kind: 'oauth', token: bearer };
  }

  /** `POST /oauth/token` with HTTP Basic client credentials and `grant_type=refresh_token`. */
  token(request: FakeRequest, apiDomain: string): FakeResponse {
    const fields = (request.body ?? {}) as Record<string, string | undefined>;
    const basic = /^Basic\s+\S+$/i.test(request.headers.authorization ?? '');
    const refreshToken = fields.refresh_token;
    if (
      !basic ||
      fields.grant_type !== 'refresh_token' ||
      !refreshToken ||
      !this.#refresh.has(refreshToken)
    ) {
      return {
        status: 400,
        body: { success: false, error: 'Invalid grant', error_info: 'invalid_grant' },
      };
    }
    return {
      status: 200,
      body: {
        access_token: this.issueAccessToken(),
        token_type: 'bearer',
        refresh_token: refreshToken,
        scope: 'base,deals:read,contacts:read,leads:read,activities:read,users:read',
        expires_in: this.#ttlMs / 1000,
        api_domain: apiDomain,
      },
    };
  }
}
