import type { Clock } from '../contract/clock';
import type { CrmAuth } from '../contract/crm-auth';
import type { SecretRedactor } from '../contract/redaction';

/** Refresh this long before `expiresAt`, so a token does not expire in flight. */
const EXPIRY_SKEW_MS = 60_000;

/** Holds the current token, refreshes it (one refresh at a time) and registers every token for redaction. */
export class TokenSource {
  readonly #auth: CrmAuth;
  readonly #clock: Clock;
  readonly #redactor: SecretRedactor;
  #token: string;
  #expiresAt: number | null;
  #refreshing: Promise<void> | null = null;

  readonly #onRefresh: (reason: 'expiring' | 'unauthorized') => void;

  constructor(
    auth: CrmAuth,
    clock: Clock,
    redactor: SecretRedactor,
    onRefresh: (reason: 'expiring' | 'unauthorized') => void = () => {},
  ) {
    this.#auth = auth;
    this.#onRefresh = onRefresh;
    this.#clock = clock;
    this.#redactor = redactor;
    this.#token = auth.type === 'token' ? auth.token : auth.accessToken;
    this.#expiresAt = auth.type === 'oauth' ? (auth.expiresAt ?? null) : null;
    redactor.add(this.#token);
  }

  /** Whether a 401 can be answered by refreshing. */
  get canRefresh(): boolean {
    return this.#auth.type === 'oauth' && this.#auth.refresh !== undefined;
  }

  /** The token to send now, refreshed first when it is about to expire. */
  async current(): Promise<string> {
    if (this.#refreshing) await this.#refreshing;
    const expiring =
      this.#expiresAt !== null && this.#clock.now() >= this.#expiresAt - EXPIRY_SKEW_MS;
    if (expiring && this.canRefresh) await this.refresh(this.#token, 'expiring');
    return this.#token;
  }

  /**
   * Replaces `staleToken` with a fresh one. Concurrent callers share one refresh, and a
   * caller whose token was already replaced does not refresh again.
   */
  async refresh(staleToken: string, reason: 'expiring' | 'unauthorized'): Promise<void> {
    if (this.#token !== staleToken) return;
    this.#refreshing ??= this.#doRefresh(reason).finally(() => {
      this.#refreshing = null;
    });
    await this.#refreshing;
  }

  async #doRefresh(reason: 'expiring' | 'unauthorized'): Promise<void> {
    if (this.#auth.type !== 'oauth' || !this.#auth.refresh) return;
    this.#onRefresh(reason);
    const result = await this.#auth.refresh();
    const next = typeof result === 'string' ? { accessToken: result } : result;
    this.#redactor.add(next.accessToken);
    this.#token = next.accessToken;
    this.#expiresAt = next.expiresAt ?? null;
  }
}
