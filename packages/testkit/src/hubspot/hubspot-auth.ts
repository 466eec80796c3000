import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FakeClock } from '../harness/fake-clock';
import type { FakeResponse } from '../harness/fake-http-types';
import { hubspotErrors } from './hubspot-errors';

/** Who may call the fake. */
export interface HubSpotAuthOptions {
  /** Private-app / service-key tokens, valid forever. Default `['pat-na1-fake-static-token']`. */
  readonly staticTokens?: readonly string[];
  /** Refresh tokens `POST /oauth/v1/token` accepts. Default `['fake-refresh-token']`. */
  readonly refreshTokens?: readonly string[];
  /** OAuth access-token lifetime in fake-clock seconds (HubSpot: 1800). */
  readonly accessTokenTtlSeconds?: number;
}

/** How a request authenticated. */
export type AuthResult =
  | { readonly ok: true; readonly oauth: boolean; readonly token: string }
  | { readonly ok: false; readonly response: FakeResponse };

/** Static tokens and expiring OAuth access tokens, as HubSpot checks them (guide §2.1, §9.2). */
export class HubSpotAuth {
  readonly #clock: FakeClock;
  readonly #static: Set<string>;
  readonly #refresh: Set<string>;
  readonly #ttlMs: number;
  /** Access token → expiry, epoch ms of the fake clock. */
  readonly #access = new Map<string, number>();

  constructor(options: HubSpotAuthOptions, clock: FakeClock) {
    this.#clock = clock;
    this.#static = new Set(options.staticTokens ?? ['pat-na1-fake-static-token']);
    this.#refresh = new Set(options.refreshTokens ?? ['fake-refresh-token']);
    this.#ttlMs = (options.accessTokenTtlSeconds ?? 1800) * 1000;
  }

  /** Issues an OAuth access token directly (as the token endpoint would). */
  issueAccessToken(ttlMs = this.#ttlMs): string {
    const token = `CJ${randomBytes(24).toString('base64url')}`;
    this.#access.set(token, this.#clock.now() + ttlMs);
    return token;
  }

  /** Checks `Authorization: Bearer <token>`. */
  check(headers: IncomingHttpHeaders): AuthResult {
    const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
    const token = match?.[1];
    if (!token) return { ok: false, response: hubspotErrors.invalidAuthentication() };
    if (this.#static.has(token)) return { ok: true, oauth: false, token };
    const expiresAt = this.#access.get(token);
    if (expiresAt === undefined)
      return { ok: false, response: hubspotErrors.invalidAuthentication() };
    const now = this.#clock.now();
    if (now >= expiresAt) return { ok: false, response: hubspotErrors.expired(expiresAt, now) };
    return { ok: true, oauth: true, token };
  }

  /** `POST /oauth/v1/token` (and `/oauth/v3/token`) with `grant_type=refresh_token`. */
  token(form: unknown): FakeResponse {
    const fields = (form ?? {}) as Record<string, string | undefined>;
    const refreshToken = fields.refresh_token;
    if (
      fields.grant_type !== 'refresh_token' ||
      !refreshToken ||
      !this.#refresh.has(refreshToken)
    ) {
      return {
        status: 400,
        body: { status: 'BAD_REFRESH_TOKEN', message: 'missing or unknown refresh token' },
      };
    }
    return {
      status: 200,
      body: {
        access_token: this.issueAccessToken(),
        refresh_token: refreshToken,
        expires_in: this.#ttlMs / 1000,
        token_type: 'bearer',
        token_use: 'access_token',
        hub_id: 6748263,
      },
    };
  }

  /** `GET /oauth/v1/access-tokens/{token}`. */
  introspect(token: string): FakeResponse {
    const expiresAt = this.#access.get(token);
    if (expiresAt === undefined) return hubspotErrors.notFound('token not found');
    return {
      status: 200,
      body: {
        token,
        hub_id: 6748263,
        app_id: 1,
        expires_in: Math.max(0, Math.round((expiresAt - this.#clock.now()) / 1000)),
        token_type: 'access',
        scopes: [
          'crm.objects.contacts.read',
          'crm.objects.companies.read',
          'crm.objects.deals.read',
        ],
      },
    };
  }
}
