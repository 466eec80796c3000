import { randomUUID } from 'node:crypto';
import type { FakeResponse } from '../harness/fake-http-types';
import validationBody from './__fixtures__/400-validation-error.json';
import expiredBody from './__fixtures__/401-expired-authentication.json';
import dailyBody from './__fixtures__/429-daily.json';
import tenSecondlyBody from './__fixtures__/429-ten-secondly-rolling.json';

function error(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): FakeResponse {
  const correlationId = randomUUID();
  return {
    status,
    headers: { 'x-hubspot-correlation-id': correlationId, ...headers },
    body: { ...body, correlationId },
  };
}

/**
 * HubSpot's error bodies (spec schema `Error`; the real bodies in `__fixtures__`, each with
 * a fresh correlation id that the `X-HubSpot-Correlation-Id` header repeats).
 */
export const hubspotErrors = {
  /** 400 `VALIDATION_ERROR` with the given message. */
  validation: (message: string) => error(400, { ...validationBody, message }),
  /** 404 `OBJECT_NOT_FOUND`. */
  notFound: (message: string) =>
    error(404, { status: 'error', message, category: 'OBJECT_NOT_FOUND' }),
  /** 414 for a URL over about 16k characters (PostHog/posthog#31617). */
  uriTooLong: () =>
    error(414, { status: 'error', message: 'URI Too Long', category: 'VALIDATION_ERROR' }),
  /** 429 `TEN_SECONDLY_ROLLING`, the burst limit (hubspot-api-python#117). */
  tenSecondly: (headers?: Record<string, string>) => error(429, tenSecondlyBody, headers),
  /** 429 `DAILY`: no retry helps until the account's midnight. */
  daily: (headers?: Record<string, string>) => error(429, dailyBody, headers),
  /** 429 of the search limit; the official SDK matches on this exact message. */
  searchSecondly: () =>
    error(429, {
      status: 'error',
      message: 'You have reached your secondly limit.',
      errorType: 'RATE_LIMIT',
    }),
  /** 401 `EXPIRED_AUTHENTICATION`, naming how long ago the token expired. */
  expired: (expiredAt: number, now: number) =>
    error(401, {
      ...expiredBody,
      message: `The OAuth token used to make this call expired ${Math.max(1, Math.round((now - expiredAt) / 1000))} second(s) ago.`,
      context: { 'expire time': [new Date(expiredAt).toISOString()] },
    }),
  /** 401 `INVALID_AUTHENTICATION` for an unknown or missing token. */
  invalidAuthentication: () =>
    error(401, {
      status: 'error',
      message: 'Authentication credentials not found. This API supports OAuth 2.0 authentication.',
      category: 'INVALID_AUTHENTICATION',
    }),
  /** A 5xx: HubSpot's JSON error, or an HTML page as a load balancer sends. */
  server: (status: number, html: boolean): FakeResponse =>
    html
      ? {
          status,
          body: `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`,
        }
      : error(status, { status: 'error', message: 'internal error', category: 'INTERNAL_ERROR' }),
};
