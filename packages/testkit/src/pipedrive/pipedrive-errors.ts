import type { FakeResponse } from '../harness/fake-http-types';

const INFO = 'Please check developers.pipedrive.com';

/** A v1-style error: `{success:false, error, error_info, data:null, additional_data:null, code?}` (guide §4.8). */
function v1Error(status: number, error: string, extra: Record<string, unknown> = {}): FakeResponse {
  return {
    status,
    body: { success: false, error, error_info: INFO, data: null, additional_data: null, ...extra },
  };
}

/**
 * Pipedrive's error answers (guide §4.1, §4.7, §4.8, §9.4; fixtures `v1-get-lead-404.json`,
 * `v1-get-deals-collection-403.json` in `__fixtures__`).
 */
export const pipedriveErrors = {
  /** Bad, missing or expired token, and unknown routes: the same body (guide §4.1). */
  unauthorized: (): FakeResponse => ({
    status: 401,
    body: { success: false, error: 'unauthorized access', errorCode: 401, error_info: INFO },
  }),
  notFound: (what: string): FakeResponse => ({
    status: 404,
    body: {
      success: false,
      error: `${what} not found`,
      error_info: 'Object was not found.',
      data: null,
      additional_data: null,
    },
  }),
  /** Burst window spent. The exact v2 body is unverified (guide §9.4); this is the v1 shape. */
  burst: (): FakeResponse => ({
    status: 429,
    body: { success: false, error: 'Rate limit exceeded', errorCode: 429, error_info: INFO },
  }),
  /** Daily token budget spent: 429 until midnight. */
  daily: (): FakeResponse => ({
    status: 429,
    body: {
      success: false,
      error: 'Daily rate limit exceeded: your company has used its daily token budget',
      errorCode: 429,
      error_info: INFO,
    },
  }),
  /** What Cloudflare sends an api_token client that keeps calling after 429s (guide §4.7). */
  cloudflare: (): FakeResponse => ({
    status: 403,
    headers: { 'content-type': 'text/html; charset=UTF-8' },
    body: '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><p>Cloudflare Ray ID: 8f0c0ffee</p></body></html>',
  }),
  /** v2 parameter validation (guide §4.5, pipedrive/client-nodejs#651). */
  validation: (message: string): FakeResponse => ({
    status: 400,
    body: {
      success: false,
      error: `Validation failed: ${message}`,
      code: 'ERR_SCHEMA_VALIDATION_FAILED',
    },
  }),
  featureCapping: (): FakeResponse =>
    v1Error(403, 'You have reached the limit of deals', { code: 'feature_capping_deals_limit' }),
  accountNotOpen: (): FakeResponse => v1Error(402, 'Company account is not open'),
  server: (status: number, html: boolean): FakeResponse =>
    html
      ? {
          status,
          headers: { 'content-type': 'text/html' },
          body: `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`,
        }
      : status === 503
        ? v1Error(503, 'Service is temporarily unavailable due to maintenance')
        : v1Error(status, 'Internal server error'),
};
