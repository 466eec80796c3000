import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { CrmRateLimitError } from '../contract/crm-http-errors';
import { CrmTransport } from '../transport/crm-transport';
import { manualClock } from '../transport/manual-clock';
import {
  type ScriptedReply,
  type ScriptedServer,
  startScriptedServer,
} from '../transport/scripted-server';
import type { CrmTransportEvent } from '../transport/transport-events';
import unauthorized from './__fixtures__/401-unauthorized.json';
import leadNotFound from './__fixtures__/v1-get-lead-404.json';
import { pipedriveDialect } from './pipedrive-dialect';

// Shaped like a real Pipedrive API token: 40 hex characters.
const API_TOKEN = '3f9c1b2a7d4e5f60718293a4b5c6d7e8f9a0b1c2';

let server: ScriptedServer;
afterEach(() => server?.close());

const read = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  pipedriveDialect.readError({ status, body, headers: new Headers(headers) });

describe('pipedriveDialect.readError', () => {
  it('reads v1 error bodies: the 401 and a 404', () => {
    expect(read(401, unauthorized)).toMatchObject({
      message: 'unauthorized access',
      category: '401',
      subCategory: 'Please check developers.pipedrive.com',
    });
    expect(read(404, leadNotFound)).toMatchObject({
      message: 'requested lead not found',
      subCategory: 'Object was not found.',
    });
    expect(
      read(403, { success: false, error: 'Limit', code: 'feature_capping_deals_limit' }),
    ).toMatchObject({ category: 'feature_capping_deals_limit' });
  });

  it('tells the burst 429 from the daily budget (terminal) and reads Cloudflare’s 403 page as a rate limit', () => {
    expect(read(429, { success: false, error: 'Rate limit exceeded' })).toMatchObject({
      policy: 'burst',
      terminal: false,
    });
    expect(read(429, { success: false, error: 'Daily rate limit exceeded' })).toMatchObject({
      policy: 'daily',
      terminal: true,
    });
    expect(read(429, {}, { 'x-daily-requests-left': '0' })).toMatchObject({ terminal: true });
    expect(
      read(403, '<!DOCTYPE html><title>Attention Required! | Cloudflare</title>'),
    ).toMatchObject({
      kind: 'rate_limit',
      policy: 'cloudflare',
    });
    expect(
      read(403, { success: false, error: 'You do not have permissions to do this.' }).kind,
    ).toBeUndefined();
  });
});

async function transport(
  script: (request: { headers: Record<string, unknown>; url: string }) => ScriptedReply,
  events: CrmTransportEvent[] = [],
) {
  server = await startScriptedServer((request) => script(request));
  return new CrmTransport({
    dialect: pipedriveDialect,
    baseUrl: server.url,
    auth: { type: 'token', token: API_TOKEN },
    clock: manualClock(),
    retry: { maxRetries: 2, baseDelayMs: 1 },
    logger: (event) => events.push(event),
  });
}

describe('Pipedrive over the transport', () => {
  it('sends the API token as x-api-token, never in the query', async () => {
    const client = await transport(() => ({ body: { success: true, data: [] } }));
    await client.request({ path: '/api/v2/deals' });
    expect(server.requests[0]?.headers['x-api-token']).toBe(API_TOKEN);
    expect(server.requests[0]?.url).not.toContain(API_TOKEN);
  });

  it('retries after a Cloudflare 403 page and stops at once on a spent daily budget', async () => {
    let calls = 0;
    const retried = await transport(() =>
      calls++ === 0
        ? { status: 403, body: '<html>Cloudflare</html>' }
        : { body: { success: true, data: [] } },
    );
    await expect(retried.request({ path: '/api/v2/deals' })).resolves.toMatchObject({
      status: 200,
    });
    await server.close();
    const daily = await transport(() => ({
      status: 429,
      headers: { 'x-daily-requests-left': '0' },
      body: { success: false, error: 'Daily rate limit exceeded', errorCode: 429 },
    }));
    const error = await daily.request({ path: '/api/v2/deals' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(CrmRateLimitError);
    expect(error).toMatchObject({ terminal: true });
    expect(server.requests).toHaveLength(1);
  });

  // Legacy clients put `?api_token=` in URLs, and servers echo what they were sent.
  it('keeps the token out of errors, their causes and logs, also from an api_token query and echoed bodies', async () => {
    const events: CrmTransportEvent[] = [];
    const client = await transport(
      ({ headers, url }) => ({
        status: 400,
        headers: { 'x-correlation-id': String(headers['x-api-token']) },
        body: {
          success: false,
          error: `bad token ${String(headers['x-api-token'])} on ${url}`,
          error_info: `api_token=${String(headers['x-api-token'])}`,
          data: null,
          additional_data: null,
        },
      }),
      events,
    );
    const error = await client
      .request({ path: `/v1/leads?api_token=${API_TOKEN}` })
      .catch((caught) => caught);
    const views = [
      String(error),
      String(error.stack),
      JSON.stringify(error),
      JSON.stringify(error.cause ?? null),
      inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      JSON.stringify(events),
    ];
    for (const view of views) expect(view).not.toContain(API_TOKEN);
    // The endpoint named in errors is the path alone.
    expect(error.endpoint).toBe('/v1/leads');
  });
});
