import type { CrmErrorReading, CrmFailedResponse } from '../transport/crm-dialect';

/** One element of Salesforce's error array. */
interface SalesforceErrorItem {
  readonly message?: unknown;
  readonly errorCode?: unknown;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** 401 texts that refreshing cannot fix (jsforce `src/http-api.ts` skips them too; guide §3.1). */
const NOT_REFRESHABLE = [
  'This session is not valid for use with the REST API',
  'Connected app is not attached to Agent',
];

/**
 * Reads Salesforce's error body, always a JSON array `[{message, errorCode, fields?}]`
 * (https://developer.salesforce.com/docs/platform/api-rest/guide/errorcodes.md; fixtures
 * `401-invalid-session-id.json`, `403-request-limit-exceeded-*.json`):
 * - `403 REQUEST_LIMIT_EXCEEDED` is a rate limit, not a permission error. `TotalRequests
 *   Limit exceeded.` is the rolling 24-hour allocation, terminal for a sync; the concurrent
 *   long-request variant (`ConcurrentPerOrgLongTxn`) clears as requests finish, so it is
 *   retried (guide §0.3, §3.6).
 * - `401 INVALID_SESSION_ID` is an expired session: refresh once and replay.
 * - Other 403s (`INSUFFICIENT_ACCESS…`) stay permission errors.
 */
export function readSalesforceError({ status, body }: CrmFailedResponse): CrmErrorReading {
  const first: SalesforceErrorItem =
    Array.isArray(body) && typeof body[0] === 'object' && body[0] !== null
      ? (body[0] as SalesforceErrorItem)
      : typeof body === 'object' && body !== null
        ? (body as SalesforceErrorItem)
        : {};
  const code = text(first.errorCode);
  const message = text(first.message) ?? (typeof body === 'string' ? body.slice(0, 200) : null);
  const reading = { category: code, subCategory: null, correlationId: null, message };
  if (code === 'REQUEST_LIMIT_EXCEEDED') {
    const daily = message === null || /TotalRequests/i.test(message);
    return {
      ...reading,
      kind: 'rate_limit',
      policy: daily ? 'TotalRequests' : 'ConcurrentPerOrgLongTxn',
      terminal: daily,
    };
  }
  if (
    status === 401 &&
    message !== null &&
    NOT_REFRESHABLE.some((known) => message.includes(known))
  )
    return { ...reading, kind: 'auth' };
  return reading;
}
