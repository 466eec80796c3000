import type { CrmDialect } from '../transport/crm-dialect';
import { readSalesforceError } from './salesforce-error-reading';
import { salesforceRateLimitHeaders } from './salesforce-rate-limit-headers';

/**
 * Salesforce for the transport: `Authorization: Bearer <session id>`, error arrays with
 * `403 REQUEST_LIMIT_EXCEEDED` read as a rate limit (terminal for the daily allocation) and
 * `401 INVALID_SESSION_ID` refreshed once, and `Sforce-Limit-Info: api-usage=N/M` feeding a
 * terminal window so a spent allocation stops requests before they are sent (guide §3.6).
 * Salesforce documents no per-second limit for short requests, hence no configured window.
 */
export const salesforceDialect: CrmDialect = {
  crm: 'salesforce',
  readError: readSalesforceError,
  rateLimitHeaders: salesforceRateLimitHeaders,
};
