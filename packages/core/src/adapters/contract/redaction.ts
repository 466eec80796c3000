/** What every redacted secret is replaced with. */
export const REDACTED = '[REDACTED]';

// Credentials that travel in text even when we never registered them: auth headers echoed
// back in error bodies, and `?hapikey=` / `?api_token=` style query parameters.
const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\b(access_token|refresh_token|client_secret|api_token|apikey|hapikey|api_key|token|code)=([^&\s"']+)/gi,
];

/** Shortest registered secret: shorter strings would redact ordinary words. */
const MIN_SECRET_LENGTH = 6;

/**
 * Removes secrets from text and values before they reach an error, a log line or a
 * snapshot. Tokens are registered as they become known (static token, refreshed OAuth
 * tokens), and common credential shapes are redacted even when unregistered.
 */
export class SecretRedactor {
  readonly #secrets = new Set<string>();

  /** Registers a secret; it is redacted wherever it later appears. */
  add(secret: string | null | undefined): void {
    if (typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH) {
      this.#secrets.add(secret);
      // URL-encoded forms show up in paths and query strings.
      this.#secrets.add(encodeURIComponent(secret));
    }
  }

  /** The text with every registered secret and credential-looking fragment replaced. */
  redact(text: string): string {
    let result = text;
    for (const secret of this.#secrets) result = result.split(secret).join(REDACTED);
    result = result.replace(CREDENTIAL_PATTERNS[0] as RegExp, `$1 ${REDACTED}`);
    return result.replace(CREDENTIAL_PATTERNS[1] as RegExp, `$1=${REDACTED}`);
  }

  /** A deep copy of a JSON-like value with every string redacted (keys included). */
  redactValue(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (value === null || typeof value !== 'object' || depth > 20) return value;
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[this.redact(key)] = this.redactValue(item, depth + 1);
    }
    return copy;
  }
}

/**
 * The path of a URL or path-and-query, without query string or fragment (which may carry
 * credentials), for naming an endpoint in errors and logs.
 */
export function endpointPath(urlOrPath: string): string {
  const withoutQuery = urlOrPath.split(/[?#]/)[0] ?? '';
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(withoutQuery);
  if (match) return match[1] ?? '/';
  return withoutQuery;
}
