import type { CrmDialect, CrmErrorReading } from '../transport/crm-dialect';
import { hubspotRateLimitHeaders } from './hubspot-rate-limit-headers';

/** HubSpot's error body (spec schema `Error`, plus the 429 fields `errorType`/`policyName`). */
interface HubSpotErrorBody {
  readonly message?: unknown;
  readonly category?: unknown;
  readonly subCategory?: unknown;
  readonly correlationId?: unknown;
  readonly policyName?: unknown;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * HubSpot for the transport. Error bodies are `{status:"error", message, correlationId,
 * category, subCategory?, context?}` (guide §2.9; fixtures `401-expired-authentication.json`,
 * `400-validation-error.json`); 429s add `policyName` (`TEN_SECONDLY_ROLLING`, `DAILY`;
 * fixtures `429-*.json`, https://developers.hubspot.com/docs/api/usage-details). `DAILY`
 * resets at midnight in the account's time zone, so it is terminal for a sync. Search has its
 * own limit of five requests per second per account (guide §2.4,
 * https://developers.hubspot.com/changelog/crm-search-api-rate-limit-increase), and its
 * responses carry no rate-limit headers, hence the configured `search` window.
 */
export const hubspotDialect: CrmDialect = {
  crm: 'hubspot',
  readError({ status, headers, body }): CrmErrorReading {
    const error: HubSpotErrorBody = typeof body === 'object' && body !== null ? body : {};
    const policy = text(error.policyName);
    const message = text(error.message) ?? (typeof body === 'string' ? body.slice(0, 200) : null);
    const reading = {
      category: text(error.category),
      subCategory: text(error.subCategory),
      correlationId: text(error.correlationId) ?? headers.get('x-hubspot-correlation-id'),
      message,
    };
    if (status !== 429) return reading;
    const secondly = message === 'You have reached your secondly limit.';
    return {
      ...reading,
      policy: policy ?? (secondly ? 'SECONDLY' : null),
      terminal: policy === 'DAILY',
    };
  },
  rateLimitHeaders: hubspotRateLimitHeaders,
  rateLimits: {
    default: [{ name: 'interval', limit: 100, windowMs: 10_000 }],
    search: [{ name: 'search', limit: 5, windowMs: 1000 }],
  },
};
