import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CrmError, isCrmError } from './crm-error';
import { CrmAuthError, CrmHttpError, CrmRateLimitError } from './crm-http-errors';
import { CrmNetworkError, CrmResponseError, CrmTimeoutError } from './crm-transport-errors';
import { SecretRedactor } from './redaction';

const TOKEN = 'pat-na1-0b7e5d5e-1c2f-4a8b-9d3e-7f6a5b4c3d2e';

describe('CRM errors', () => {
  it('form an instanceof hierarchy with readable names', () => {
    const error = new CrmRateLimitError({ crm: 'hubspot', status: 429, policy: 'DAILY' });
    expect(error).toBeInstanceOf(CrmRateLimitError);
    expect(error).toBeInstanceOf(CrmHttpError);
    expect(error).toBeInstanceOf(CrmError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(CrmAuthError);
    expect(error.name).toBe('CrmRateLimitError');
    expect(isCrmError(error)).toBe(true);
    expect(isCrmError(new Error('x'))).toBe(false);
  });

  it('recognise errors from another copy of the library by their brand', () => {
    const foreign = new Error('from a CJS copy');
    Object.defineProperty(foreign, Symbol.for('@closedloop/core:CrmError.kinds'), {
      value: ['CrmAuthError', 'CrmHttpError', 'CrmError'],
    });
    expect(foreign).toBeInstanceOf(CrmAuthError);
    expect(foreign).not.toBeInstanceOf(CrmRateLimitError);
  });

  it('name the CRM, method, path, status, category and correlation id', () => {
    const error = new CrmHttpError({
      crm: 'hubspot',
      method: 'GET',
      endpoint: 'https://api.hubapi.com/crm/v3/objects/contacts?limit=100&hapikey=abc',
      status: 400,
      category: 'VALIDATION_ERROR',
      correlationId: 'c8617a85',
      message: 'Property values were not valid',
    });
    expect(error.message).toBe(
      'hubspot GET /crm/v3/objects/contacts failed with HTTP 400 VALIDATION_ERROR: Property values were not valid (correlation id c8617a85)',
    );
    expect(error.endpoint).toBe('/crm/v3/objects/contacts');
  });

  it('keep no registered secret in message, body, cause, JSON or inspection', () => {
    const redactor = new SecretRedactor();
    redactor.add(TOKEN);
    const errors = [
      new CrmAuthError({
        crm: 'hubspot',
        endpoint: `/oauth/v1/access-tokens/${TOKEN}`,
        status: 401,
        message: `token ${TOKEN} expired`,
        body: { message: `Bearer ${TOKEN}`, nested: [{ token: TOKEN }] },
        cause: { name: 'Error', message: `Authorization: Bearer ${TOKEN}` },
        redactor,
      }),
      new CrmNetworkError({
        crm: 'hubspot',
        code: 'ECONNRESET',
        cause: { name: 'Error', message: TOKEN },
        redactor,
      }),
      new CrmTimeoutError({ crm: 'hubspot', timeoutMs: 10, endpoint: `/x/${TOKEN}`, redactor }),
      new CrmResponseError({
        crm: 'hubspot',
        status: 200,
        reason: 'malformed_json',
        excerpt: `{"t":"${TOKEN}`,
        redactor,
      }),
    ];
    for (const error of errors) {
      const views = [
        error.message,
        String(error.stack),
        JSON.stringify(error),
        inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      ];
      for (const view of views) expect(view).not.toContain(TOKEN);
    }
    expect(JSON.stringify(errors[0])).toContain('[REDACTED]');
  });

  it('redact credential-shaped text even without a registered secret', () => {
    const error = new CrmHttpError({
      crm: 'pipedrive',
      status: 500,
      body: 'echo: Authorization: Bearer abc.def.ghi and ?api_token=s3cr3tvalue',
    });
    expect(JSON.stringify(error)).not.toMatch(/abc\.def\.ghi|s3cr3tvalue/);
  });
});
