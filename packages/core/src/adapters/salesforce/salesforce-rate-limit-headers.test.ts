import { describe, expect, it } from 'vitest';
import invalidSession from './__fixtures__/401-invalid-session-id.json';
import concurrent from './__fixtures__/403-request-limit-exceeded-concurrent.json';
import daily from './__fixtures__/403-request-limit-exceeded-daily.json';
import { readSalesforceError } from './salesforce-error-reading';
import { salesforceRateLimitHeaders } from './salesforce-rate-limit-headers';

const failed = (status: number, body: unknown) => ({ status, headers: new Headers(), body });

describe('salesforceRateLimitHeaders', () => {
  it('reads api-usage as the terminal daily allocation (documented example)', () => {
    const headers = new Headers({ 'Sforce-Limit-Info': 'api-usage=18/5000' });
    expect(salesforceRateLimitHeaders(headers, 0)).toEqual([
      { name: 'api-usage', limit: 5000, remaining: 4982, windowMs: 86_400_000, terminal: true },
    ]);
  });

  it('reads the previewed api-bursts part and skips unknown or garbled parts', () => {
    const headers = new Headers({
      'Sforce-Limit-Info': 'api-usage=5000/5000; api-bursts=1/750; per-app-api-usage=x',
    });
    expect(salesforceRateLimitHeaders(headers, 0)).toEqual([
      { name: 'api-usage', limit: 5000, remaining: 0, windowMs: 86_400_000, terminal: true },
      { name: 'api-bursts', limit: 750, remaining: 749, windowMs: 1000 },
    ]);
    expect(salesforceRateLimitHeaders(new Headers(), 0)).toEqual([]);
  });
});

describe('readSalesforceError', () => {
  it('reads the daily 403 REQUEST_LIMIT_EXCEEDED as a terminal rate limit', () => {
    expect(readSalesforceError(failed(403, daily))).toMatchObject({
      kind: 'rate_limit',
      terminal: true,
      policy: 'TotalRequests',
      category: 'REQUEST_LIMIT_EXCEEDED',
      message: 'TotalRequests Limit exceeded.',
    });
  });

  it('reads the concurrent-long-request 403 as a retryable rate limit', () => {
    expect(readSalesforceError(failed(403, concurrent))).toMatchObject({
      kind: 'rate_limit',
      terminal: false,
      policy: 'ConcurrentPerOrgLongTxn',
    });
  });

  it('leaves 401 INVALID_SESSION_ID to the status (refresh once), but not the REST-invalid text', () => {
    const reading = readSalesforceError(failed(401, invalidSession));
    expect(reading.kind).toBeUndefined();
    expect(reading.category).toBe('INVALID_SESSION_ID');
    const notRest = [
      {
        message: 'This session is not valid for use with the REST API',
        errorCode: 'INVALID_SESSION_ID',
      },
    ];
    expect(readSalesforceError(failed(401, notRest)).kind).toBe('auth');
  });

  it('keeps an HTML body as the message', () => {
    expect(readSalesforceError(failed(503, '<html>down</html>')).message).toBe('<html>down</html>');
  });
});
