import { afterEach, describe, expect, it } from 'vitest';
import type { CrmAuth } from '../contract/crm-auth';
import { CrmAuthError, CrmHttpError, CrmRateLimitError } from '../contract/crm-http-errors';
import {
  CrmNetworkError,
  CrmResponseError,
  CrmTimeoutError,
} from '../contract/crm-transport-errors';
import { hubspotDialect } from '../hubspot/hubspot-dialect';
import { CrmTransport, type CrmTransportOptions } from './crm-transport';
import { manualClock } from './manual-clock';
import { type ScriptedReply, type ScriptedServer, startScriptedServer } from './scripted-server';
import type { CrmTransportEvent } from './transport-events';

let server: ScriptedServer;
afterEach(() => server?.close());

async function setup(
  script: ScriptedReply[] | ((index: number) => ScriptedReply),
  options: Partial<CrmTransportOptions> = {},
) {
  server = await startScriptedServer((_, index) =>
    typeof script === 'function' ? script(index) : (script[index] ?? { body: { ok: true } }),
  );
  const clock = manualClock();
  const events: CrmTransportEvent[] = [];
  const transport = new CrmTransport({
    dialect: hubspotDialect,
    baseUrl: server.url,
    auth: { type: 'token', token: 'static-token-123' },
    clock,
    random: () => 0.5,
    timeoutMs: 200,
    retry: { maxRetries: 3, baseDelayMs: 100 },
    rateLimitMarginMs: 0,
    logger: (event) => events.push(event),
    ...options,
  });
  return { transport, clock, events };
}

const tenSecondly = {
  status: 'error',
  message: 'You have reached your ten_secondly_rolling limit.',
  errorType: 'RATE_LIMIT',
  correlationId: 'c93e06a4-7d61-4c3e-b63f-edf486fc6e90',
  policyName: 'TEN_SECONDLY_ROLLING',
};

describe('CrmTransport', () => {
  it('sends the token, query and JSON body and parses the response', async () => {
    const { transport } = await setup([{ body: { results: [1] } }]);
    const response = await transport.request({
      method: 'POST',
      path: '/crm/v3/objects/contacts/search',
      searchParams: { limit: 2, properties: ['email', 'firstname'], skip: undefined },
      json: { limit: 2 },
    });
    expect(response.data).toEqual({ results: [1] });
    const [received] = server.requests;
    expect(received?.url).toBe(
      '/crm/v3/objects/contacts/search?limit=2&properties=email&properties=firstname',
    );
    expect(received?.headers.authorization).toBe('Bearer static-token-123');
    expect(JSON.parse(received?.body ?? '')).toEqual({ limit: 2 });
  });

  it('honours Retry-After in seconds and as an HTTP-date, and backs off with full jitter without it', async () => {
    const { transport, clock } = await setup([
      { status: 429, headers: { 'retry-after': '2' }, body: tenSecondly },
      {
        status: 429,
        headers: { 'retry-after': new Date(Date.parse('2026-09-01T00:00:05Z')).toUTCString() },
        body: tenSecondly,
      },
      { status: 429, body: tenSecondly },
      { body: { done: true } },
    ]);
    await expect(transport.request({ path: '/x' })).resolves.toMatchObject({
      data: { done: true },
    });
    // 2 s; then until 00:00:05 (3 s left); then jitter 0.5 × 100 ms × 2² = 200 ms.
    expect(clock.sleeps).toEqual([2000, 3000, 200]);
    expect(transport.stats).toEqual({ requests: 4, retried: 3, throttled: 0 });
  });

  it('gives up on 5xx after maxRetries with the last status, category and correlation id', async () => {
    const { transport } = await setup(() => ({
      status: 502,
      headers: { 'x-hubspot-correlation-id': 'corr-502' },
      body: '<html>Bad Gateway</html>',
    }));
    const error = await transport.request({ path: '/crm/v3/owners' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(CrmHttpError);
    expect(error).toMatchObject({
      crm: 'hubspot',
      status: 502,
      attempts: 4,
      correlationId: 'corr-502',
      endpoint: '/crm/v3/owners',
    });
    expect(server.requests).toHaveLength(4);
  });

  it('treats a DAILY 429 as terminal and a too-long Retry-After as a failure, without waiting', async () => {
    const daily = {
      ...tenSecondly,
      message: 'You have reached your daily limit.',
      policyName: 'DAILY',
    };
    const { transport, clock } = await setup([
      { status: 429, body: daily },
      { status: 429, headers: { 'retry-after': '3600' }, body: tenSecondly },
    ]);
    await expect(transport.request({ path: '/a' })).rejects.toMatchObject({
      name: 'CrmRateLimitError',
      policy: 'DAILY',
      terminal: true,
    });
    const error = await transport.request({ path: '/b' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(CrmRateLimitError);
    expect(error).toMatchObject({
      retryAfterMs: 3_600_000,
      policy: 'TEN_SECONDLY_ROLLING',
      terminal: false,
    });
    expect(clock.sleeps).toEqual([]);
  });

  it('retries connection resets, timeouts and malformed JSON, then names each failure', async () => {
    const { transport } = await setup(
      [{ reset: true }, { delayMs: 2000 }, { body: '{"results": [' }, { body: { ok: 1 } }],
      { timeoutMs: 250 },
    );
    await expect(transport.request({ path: '/ok' })).resolves.toMatchObject({ data: { ok: 1 } });

    const always = async (reply: ScriptedReply) =>
      (await setup(() => reply, { timeoutMs: 250, retry: { maxRetries: 1 } })).transport.request({
        path: '/p',
      });
    await expect(always({ reset: true })).rejects.toBeInstanceOf(CrmNetworkError);
    await server.close();
    await expect(always({ delayMs: 2000 })).rejects.toBeInstanceOf(CrmTimeoutError);
    await server.close();
    const malformed = await always({ body: '{"results": [' }).catch((caught) => caught);
    expect(malformed).toBeInstanceOf(CrmResponseError);
    expect(malformed).toMatchObject({
      reason: 'malformed_json',
      status: 200,
      excerpt: '{"results": [',
    });
  });

  it('retries a POST only when it is marked idempotent', async () => {
    const { transport } = await setup([{ status: 503 }, { status: 503 }, { body: {} }]);
    await expect(transport.request({ method: 'POST', path: '/write' })).rejects.toMatchObject({
      status: 503,
      attempts: 1,
    });
    await expect(
      transport.request({ method: 'POST', path: '/search', idempotent: true }),
    ).resolves.toBeDefined();
  });

  it('refreshes an OAuth token once on 401 and retries with the new one', async () => {
    let refreshes = 0;
    const auth: CrmAuth = {
      type: 'oauth',
      accessToken: 'old-access-token',
      refresh: async () => {
        refreshes++;
        return { accessToken: `new-access-token-${refreshes}` };
      },
    };
    const expired = {
      status: 'error',
      message: 'The OAuth token used to make this call expired 75 second(s) ago.',
      correlationId: 'x',
      category: 'EXPIRED_AUTHENTICATION',
    };
    const { transport } = await setup(
      [
        { status: 401, body: expired },
        { body: { ok: true } },
        { status: 401, body: expired },
        { status: 401, body: expired },
      ],
      { auth },
    );
    await expect(transport.request({ path: '/a' })).resolves.toMatchObject({ data: { ok: true } });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer old-access-token',
      'Bearer new-access-token-1',
    ]);
    const error = await transport.request({ path: '/b' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(CrmAuthError);
    expect(error).toMatchObject({
      status: 401,
      category: 'EXPIRED_AUTHENTICATION',
      refreshed: true,
    });
    expect(refreshes).toBe(2);
  });

  it('fails a static token on 401 at once, and refreshes an expiring OAuth token before use', async () => {
    const { transport } = await setup([
      { status: 401, body: { category: 'INVALID_AUTHENTICATION' } },
    ]);
    await expect(transport.request({ path: '/a' })).rejects.toMatchObject({
      name: 'CrmAuthError',
      refreshed: false,
    });
    await server.close();
    const now = Date.parse('2026-09-01T00:00:00Z');
    const { transport: oauth, events } = await setup([], {
      auth: {
        type: 'oauth',
        accessToken: 'about-to-expire',
        expiresAt: now + 30_000,
        refresh: async () => 'fresh-token-value',
      },
    });
    await oauth.request({ path: '/a' });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer fresh-token-value');
    expect(events).toContainEqual({ type: 'token-refresh', reason: 'expiring' });
  });

  it('waits before the CRM would say 429: local windows and remaining budgets from headers', async () => {
    const headers = (remaining: number) => ({
      'x-hubspot-ratelimit-max': '3',
      'x-hubspot-ratelimit-remaining': String(remaining),
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
    });
    const { transport, clock, events } = await setup([
      { headers: headers(2) },
      { headers: headers(0) },
      { headers: headers(2) },
    ]);
    await transport.request({ path: '/1' });
    await transport.request({ path: '/2' });
    await transport.request({ path: '/3' });
    // The second response said 0 left: the third waits for the window of our first send.
    expect(clock.sleeps).toEqual([10_000]);
    expect(transport.stats.throttled).toBe(1);
    expect(events).toContainEqual({ type: 'throttle', group: 'default', waitedMs: 10_000 });
  });

  it('stops at a spent daily budget without sending', async () => {
    const spent = {
      'x-hubspot-ratelimit-daily': '250000',
      'x-hubspot-ratelimit-daily-remaining': '0',
    };
    const { transport } = await setup([{ headers: spent }]);
    await transport.request({ path: '/1' });
    await expect(transport.request({ path: '/2' })).rejects.toMatchObject({
      name: 'CrmRateLimitError',
      policy: 'DAILY',
      terminal: true,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps at most maxConcurrency requests in flight', async () => {
    const { transport } = await setup(() => ({ delayMs: 30, body: {} }), { maxConcurrency: 2 });
    await Promise.all(
      Array.from({ length: 6 }, (_, index) => transport.request({ path: `/${index}` })),
    );
    expect(server.maxInFlight()).toBe(2);
  });

  it('stops on abort, during a request and during a backoff', async () => {
    const { transport } = await setup(() => ({ delayMs: 150, body: {} }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    await expect(transport.request({ path: '/slow', signal: controller.signal })).rejects.toThrow(
      'user cancelled',
    );
    await server.close();
    const { transport: retrying } = await setup(() => ({ status: 503 }), {
      clock: {
        now: () => 0,
        sleep: (_ms, signal) =>
          new Promise((_, reject) =>
            signal?.addEventListener('abort', () => reject(signal.reason)),
          ),
      },
    });
    const backoff = new AbortController();
    const pending = retrying.request({ path: '/x', signal: backoff.signal });
    setTimeout(() => backoff.abort(new Error('stop waiting')), 30);
    await expect(pending).rejects.toThrow('stop waiting');
  });
});
