import type { CrmDialect, CrmErrorReading } from '../transport/crm-dialect';
import { pipedriveRateLimitHeaders } from './pipedrive-rate-limit-headers';

/** Pipedrive's error body: v1 `{success:false, error, error_info, data, additional_data, code?}`, 401 adds `errorCode`. */
interface PipedriveErrorBody {
  readonly error?: unknown;
  readonly error_info?: unknown;
  readonly code?: unknown;
  readonly errorCode?: unknown;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** A daily-budget 429 names the day in its message; the burst one does not (guide §4.7). */
const DAILY = /daily|day/i;

/**
 * Pipedrive for the transport. Error bodies are `{success:false, error, error_info, …}`
 * (guide §4.8, fixture `v1-get-lead-404.json`; https://pipedrive.readme.io/docs/core-api-concepts-responses);
 * `code` (e.g. `feature_capping_deals_limit`, `ERR_SCHEMA_VALIDATION_FAILED`) becomes the
 * category. 429 is a burst (retry after `x-ratelimit-reset`) unless it names the daily
 * budget, which lasts until midnight: terminal. A 403 HTML page is Cloudflare stopping an
 * api_token client that ignored 429s (guide §4.7): a rate limit, retried after backoff.
 * Auth: `x-api-token` for API tokens, `Authorization: Bearer` for OAuth
 * (https://pipedrive.readme.io/docs/core-api-concepts-authentication).
 */
export const pipedriveDialect: CrmDialect = {
  crm: 'pipedrive',
  readError({ status, headers, body }): CrmErrorReading {
    if (status === 403 && typeof body === 'string' && /<html|cloudflare/i.test(body)) {
      return {
        category: 'cloudflare',
        message: 'Cloudflare blocked the client after ignored 429s',
        kind: 'rate_limit',
        policy: 'cloudflare',
      };
    }
    const error: PipedriveErrorBody = typeof body === 'object' && body !== null ? body : {};
    const message = text(error.error) ?? (typeof body === 'string' ? body.slice(0, 200) : null);
    const reading = {
      category:
        text(error.code) ?? (typeof error.errorCode === 'number' ? String(error.errorCode) : null),
      subCategory: text(error.error_info),
      correlationId: headers.get('x-correlation-id'),
      message,
    };
    if (status !== 429) return reading;
    const daily = DAILY.test(message ?? '') || headers.get('x-daily-requests-left') === '0';
    return { ...reading, policy: daily ? 'daily' : 'burst', terminal: daily };
  },
  rateLimitHeaders: pipedriveRateLimitHeaders,
  // Lite-plan api_token burst; search has its own 10 per 2 s on every plan (guide §4.7).
  rateLimits: {
    default: [{ name: 'burst', limit: 20, windowMs: 2000 }],
    search: [{ name: 'search', limit: 10, windowMs: 2000 }],
  },
  authorize: (token, auth): Record<string, string> =>
    auth.type === 'token' ? { 'x-api-token': token } : { authorization: `Bearer ${token}` },
};
