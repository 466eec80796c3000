import type { FakeResponse } from '../harness/fake-http-types';

const error = (status: number, errorCode: string, message: string): FakeResponse => ({
  status,
  body: [{ message, errorCode }],
});

/**
 * Salesforce's error answers: always a JSON array `[{message, errorCode}]`
 * (https://developer.salesforce.com/docs/platform/api-rest/guide/errorcodes.md; fixtures
 * `401-invalid-session-id.json`, `403-request-limit-exceeded-*.json`), guide §3.6 and §9.3.
 */
export const salesforceErrors = {
  invalidSession: () => error(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
  dailyLimit: () => error(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
  concurrentLimit: () =>
    error(403, 'REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.'),
  malformedQuery: (message: string) => error(400, 'MALFORMED_QUERY', message),
  invalidField: (field: string, object: string) =>
    error(
      400,
      'INVALID_FIELD',
      `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    ),
  invalidType: (object: string) =>
    error(
      400,
      'INVALID_TYPE',
      `sObject type '${object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    ),
  invalidLocator: () => error(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator'),
  notFound: () => error(404, 'NOT_FOUND', 'The requested resource does not exist'),
  server: (status: number, html: boolean): FakeResponse =>
    html
      ? {
          status,
          headers: { 'content-type': 'text/html' },
          body: `<html><head><title>Service Unavailable</title></head><body><h1>${status}</h1><p>The server is temporarily unable to service your request.</p></body></html>`,
        }
      : error(
          status,
          status === 503 ? 'SERVER_UNAVAILABLE' : 'UNKNOWN_EXCEPTION',
          'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)',
        ),
};
