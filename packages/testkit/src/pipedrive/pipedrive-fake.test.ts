import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { PipedriveFake, type PipedriveFakeOptions } from './pipedrive-fake';

let fake: PipedriveFake;
afterEach(() => fake?.close());

async function start(options: Partial<PipedriveFakeOptions> = {}) {
  fake = await PipedriveFake.start({ dataset: tinyCrmDataset(), ...options });
  return fake;
}

async function get(
  path: string,
  headers: Record<string, string> = { 'x-api-token': fake.apiToken },
) {
  const response = await fetch(`${fake.url}${path}`, { headers });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return {
    status: response.status,
    headers: response.headers,
    body: body as Record<string, never>,
  };
}

describe('PipedriveFake', () => {
  it('sends the burst and daily headers, accepts the legacy api_token query, and answers 401 for bad tokens and unknown routes', async () => {
    await start();
    const ok = await get('/api/v2/deals?limit=1');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-limit')).toBe('20');
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('19');
    expect(ok.headers.get('x-daily-requests-left')).toBe(String(30_000 - 10));
    expect((await get(`/v1/users?api_token=${fake.apiToken}`, {})).status).toBe(200);
    const unauthorized = {
      success: false,
      error: 'unauthorized access',
      errorCode: 401,
      error_info: 'Please check developers.pipedrive.com',
    };
    expect(await get('/api/v2/deals', { 'x-api-token': 'nope' })).toMatchObject({
      status: 401,
      body: unauthorized,
    });
    expect(await get('/api/v2/nothing-here')).toMatchObject({ status: 401, body: unauthorized });
  });

  it('rejects limit above 500 and bad timestamps with ERR_SCHEMA_VALIDATION_FAILED', async () => {
    await start();
    expect(await get('/api/v2/deals?limit=501')).toMatchObject({
      status: 400,
      body: { code: 'ERR_SCHEMA_VALIDATION_FAILED' },
    });
    expect(await get('/api/v2/persons?updated_since=yesterday')).toMatchObject({
      status: 400,
      body: { success: false },
    });
  });

  it('filters by updated_since (inclusive) and updated_until (exclusive), and lists deleted deals only with status=deleted', async () => {
    await start();
    const window = await get(
      '/api/v2/persons?updated_since=2026-03-05T17:00:00Z&updated_until=2026-03-07T17:00:00Z',
    );
    expect((window.body.data as unknown as { id: number }[]).map((person) => person.id)).toEqual([
      2, 3,
    ]);
    fake.archive('deals', 'd4');
    expect(((await get('/api/v2/deals')).body.data as unknown as unknown[]).length).toBe(3);
    const deleted = await get('/api/v2/deals?status=deleted');
    expect(deleted.body.data).toMatchObject([{ id: 4, status: 'deleted', is_deleted: true }]);
  });

  it('spends the daily token budget (terminal 429) and, with the abuse preset, answers Cloudflare HTML', async () => {
    await start({ limits: { dailyTokens: 25, cloudflareAfter: 1 } });
    expect((await get('/api/v2/deals')).status).toBe(200);
    expect((await get('/api/v2/deals')).status).toBe(200);
    const spent = await get('/api/v2/deals');
    expect(spent).toMatchObject({ status: 429, body: { error: expect.stringMatching(/daily/i) } });
    const blocked = await get('/api/v2/deals');
    expect(blocked.status).toBe(403);
    expect(String(blocked.body)).toContain('Cloudflare');
  });

  it('issues OAuth tokens that expire on the fake clock, refreshed at /oauth/token with Basic auth', async () => {
    await start();
    const token = fake.issueAccessToken(60_000);
    expect((await get('/api/v2/stages', { authorization: `Bearer ${token}` })).status).toBe(200);
    fake.clock.advance(61_000);
    expect((await get('/api/v2/stages', { authorization: `Bearer ${token}` })).status).toBe(401);
    const response = await fetch(`${fake.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa('id:secret')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'fake-pipedrive-refresh-token',
      }),
    });
    const refreshed = (await response.json()) as {
      access_token: string;
      api_domain: string;
      expires_in: number;
    };
    expect(refreshed).toMatchObject({ api_domain: fake.url, expires_in: 3600 });
    const page = await get('/api/v2/stages', { authorization: `Bearer ${refreshed.access_token}` });
    expect(page.headers.get('x-ratelimit-limit')).toBe('80');
    expect(page.headers.get('x-daily-requests-left')).toBeNull();
  });

  it('pages v1 lists by start/limit and serves fields with 40-hex custom keys past 100', async () => {
    await start();
    const first = await get('/v1/dealFields');
    expect(first.body.additional_data).toEqual({
      start: 0,
      limit: 100,
      more_items_in_collection: true,
    });
    const second = await get('/api/v1/dealFields?start=100');
    expect(second.body.additional_data).toMatchObject({ more_items_in_collection: false });
    expect((second.body.data as unknown as { key: string }[]).at(-1)?.key).toMatch(
      /^[0-9a-f]{40}$/,
    );
  });
});
