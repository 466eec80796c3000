import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock';
import { FakeHttpServer } from './fake-http-server';

let server: FakeHttpServer;
afterEach(() => server?.close());

async function start() {
  let mutations = 0;
  server = await FakeHttpServer.start({
    clock: new FakeClock('2026-09-01T00:00:00Z'),
    handle: (request) => ({
      status: 200,
      body: { path: request.path, items: [1, 2, 3], query: Object.fromEntries(request.query) },
    }),
    presets: {
      rateLimited: () => ({ status: 429, body: { policyName: 'TEN_SECONDLY_ROLLING' } }),
      serverError: (status, html) => ({
        status,
        body: html ? '<html>oops</html>' : { status: 'error' },
      }),
      expiredToken: () => ({ status: 401, body: { category: 'EXPIRED_AUTHENTICATION' } }),
    },
  });
  return { mutated: () => mutations, count: () => mutations++ };
}

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('FakeHttpServer', () => {
  it('answers on 127.0.0.1 and logs each request with fake-clock time', async () => {
    await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await get('/items?limit=2', { headers: { authorization: 'Bearer t' } });
    expect(await response.json()).toMatchObject({ path: '/items', query: { limit: '2' } });
    expect(server.requests).toEqual([
      expect.objectContaining({
        at: Date.parse('2026-09-01T00:00:00Z'),
        method: 'GET',
        path: '/items',
        query: { limit: '2' },
        status: 200,
        fault: null,
      }),
    ]);
  });

  it('injects 429s (with and without Retry-After), 5xx, expired tokens and custom answers', async () => {
    await start();
    server.faults
      .add({ match: { path: '/a' }, action: { kind: 'rate-limit', retryAfterSeconds: 3 } })
      .add({ match: { path: '/a' }, action: { kind: 'rate-limit' } })
      .add({ match: { path: '/b' }, action: { kind: 'server-error', status: 502, html: true } })
      .add({ match: { path: '/c' }, action: { kind: 'expired-token' } })
      .add({
        match: { path: '/d' },
        action: { kind: 'respond', status: 418, body: { tea: true } },
      });
    const first = await get('/a');
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '3']);
    const second = await get('/a');
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, null]);
    expect((await get('/a')).status).toBe(200);
    const html = await get('/b');
    expect([html.status, await html.text()]).toEqual([502, '<html>oops</html>']);
    expect((await get('/c')).status).toBe(401);
    expect((await get('/d')).status).toBe(418);
    expect(server.faults.pending).toBe(0);
  });

  it('resets connections, answers slowly, cuts JSON and mutates after answering', async () => {
    const state = await start();
    server.faults
      .add({ match: { path: '/reset' }, action: { kind: 'reset' } })
      .add({ match: { path: '/slow' }, action: { kind: 'slow', delayMs: 120 } })
      .add({ match: { path: '/cut' }, action: { kind: 'malformed-json' } })
      .add({ match: { path: '/page', nth: 2 }, action: { kind: 'mutate', apply: state.count } });
    await expect(get('/reset')).rejects.toThrow();
    const started = Date.now();
    expect((await get('/slow')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await expect((await get('/cut')).json()).rejects.toThrow(SyntaxError);
    await get('/page');
    expect(state.mutated()).toBe(0);
    await get('/page');
    expect(state.mutated()).toBe(1);
    expect(server.requests.map((request) => request.fault)).toEqual([
      'reset',
      'slow',
      'malformed-json',
      null,
      'mutate',
    ]);
  });

  it('fires from the nth match for `times` requests, per method and path pattern', async () => {
    await start();
    server.faults.add({
      match: { method: 'GET', path: '/crm/*/contacts', nth: 2, times: 2 },
      action: { kind: 'server-error' },
    });
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await get('/crm/v3/contacts')).status);
    statuses.push((await get('/crm/v3/deals')).status);
    expect(statuses).toEqual([200, 500, 500, 200, 200]);
  });

  it('serves the admin API: clock, faults and the request log', async () => {
    await start();
    const advanced = await fetch(`${server.url}/__fake__/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 60_000 }),
    });
    expect(await advanced.json()).toEqual({ now: '2026-09-01T00:01:00.000Z' });
    await fetch(`${server.url}/__fake__/faults`, {
      method: 'POST',
      body: JSON.stringify({ action: { kind: 'server-error', status: 503 } }),
    });
    expect((await get('/x')).status).toBe(503);
    await fetch(`${server.url}/__fake__/faults`, { method: 'DELETE' });
    const log = await (await get('/__fake__/requests')).json();
    expect(log).toEqual([
      expect.objectContaining({ path: '/x', status: 503, at: Date.parse('2026-09-01T00:01:00Z') }),
    ]);
  });
});
