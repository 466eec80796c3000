import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FakeClock } from '../harness/fake-clock';
import type { FakeResponse } from '../harness/fake-http-types';
import { salesforceErrors } from './salesforce-errors';
import { FAKE_ORG_ID } from './salesforce-ids';

/** Who may call the fake. */
export interface SalesforceAuthOptions {
  /** Refresh tokens `POST /services/oauth2/token` accepts. Default `['fake-refresh-token']`. */
  readonly refreshTokens?: readonly string[];
  /** Session lifetime in fake-clock ms (the org's session timeout; default 2 h, guide §3.1). */
  readonly sessionTtlMs?: number;
}

/** Session ids (access tokens) that expire with the org's session timeout. */
export class SalesforceAuth {
  readonly #clock: FakeClock;
  readonly #refresh: Set<string>;
  readonly #ttlMs: number;
  readonly #sessions = new Map<string, number>();

  constructor(options: SalesforceAuthOptions, clock: FakeClock) {
    this.#clock = clock;
    this.#refresh = new Set(options.refreshTokens ?? ['fake-refresh-token']);
    this.#ttlMs = options.sessionTtlMs ?? 2 * 3_600_000;
  }

  /** A session id shaped like a real one: org id, `!`, opaque part. */
  issueSessionId(ttlMs = this.#ttlMs): string {
    const token = `${FAKE_ORG_ID.slice(0, 15)}!AQ8AQ${randomBytes(48).toString('base64url').replace(/[-_]/g, 'x')}`;
    this.#sessions.set(token, this.#clock.now() + ttlMs);
    return token;
  }

  /** Checks `Authorization: Bearer <session id>`. */
  check(
    headers: IncomingHttpHeaders,
  ): { ok: true; token: string } | { ok: false; response: FakeResponse } {
    const token = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    const expires = token ? this.#sessions.get(token) : undefined;
    if (!token || expires === undefined || expires <= this.#clock.now())
      return { ok: false, response: salesforceErrors.invalidSession() };
    return { ok: true, token };
  }

  /**
   * `POST /services/oauth2/token` with `grant_type=refresh_token`: the token response has no
   * `expires_in` (guide §3.1); a bad refresh token is 400 `invalid_grant`.
   */
  token(body: unknown, instanceUrl: string): FakeResponse {
    const form = (body ?? {}) as Record<string, string>;
    if (form.grant_type !== 'refresh_token' || !this.#refresh.has(form.refresh_token ?? ''))
      return {
        status: 400,
        body: { error: 'invalid_grant', error_description: 'expired access/refresh token' },
      };
    return {
      status: 200,
      body: {
        access_token: this.issueSessionId(),
        signature: randomBytes(32).toString('base64'),
        scope: 'api refresh_token',
        instance_url: instanceUrl,
        id: `https://login.salesforce.com/id/${FAKE_ORG_ID}/0055g0000000001AAA`,
        token_type: 'Bearer',
        issued_at: String(this.#clock.now()),
      },
    };
  }
}
