import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { CrmTransport } from '../transport/crm-transport';
import { manualClock } from '../transport/manual-clock';
import { type ScriptedServer, startScriptedServer } from '../transport/scripted-server';
import type { CrmTransportEvent } from '../transport/transport-events';
import daily from './__fixtures__/403-request-limit-exceeded-daily.json';
import { salesforceDialect } from './salesforce-dialect';

// Shaped like real Salesforce session ids (org id, `!`, opaque part) and a refresh token.
const SESSION_ID =
  '00D5g000004XyZq!AQ8AQHk3b7Jx2LrQv9sT1mW4nP6cY0uZ.eFgHiJkLmNoPqRsTuVwXyZ_AbCdEfGhIjKlMnOpQr';
const REFRESHED_SESSION_ID =
  '00D5g000004XyZq!AQ8AQNw9c1Vb5MxRt3yU7oK2pL8dZ4aS.hJkLmNoPqRsTuVwXyZaBcDeFgHiJkLmNoPqRsTuV';
const REFRESH_TOKEN = '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJ2c2hGp.xF5yMD4l8O9ZkSPm0cB1x2';
const SECRETS = [SESSION_ID, REFRESHED_SESSION_ID, REFRESH_TOKEN];

let server: ScriptedServer;
afterEach(() => server?.close());

function views(error: unknown): string[] {
  const record = error as Error & { cause?: unknown };
  return [
    String(error),
    String(record.stack),
    JSON.stringify(record.cause ?? null),
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
  ];
}

function transport(events: CrmTransportEvent[] = []) {
  return new CrmTransport({
    dialect: salesforceDialect,
    baseUrl: server.url,
    auth: { type: 'oauth', accessToken: SESSION_ID, refresh: async () => REFRESHED_SESSION_ID },
    clock: manualClock(),
    retry: { maxRetries: 2, baseDelayMs: 1 },
    logger: (event) => events.push(event),
  });
}

describe('Salesforce on the transport', () => {
  it('refreshes once on 401 INVALID_SESSION_ID, and no session id leaks from the error or logs', async () => {
    server = await startScriptedServer(({ headers }) => ({
      status: 401,
      body: [
        {
          message: `Session expired or invalid: ${String(headers.authorization)} sid=${REFRESH_TOKEN}`,
          errorCode: 'INVALID_SESSION_ID',
        },
      ],
    }));
    const events: CrmTransportEvent[] = [];
    const error = await transport(events)
      .request({ path: `/services/data/v66.0/query?q=SELECT+Id+FROM+Lead&sid=${SESSION_ID}` })
      .catch((caught) => caught);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${SESSION_ID}`,
      `Bearer ${REFRESHED_SESSION_ID}`,
    ]);
    expect(error).toMatchObject({
      name: 'CrmAuthError',
      crm: 'salesforce',
      category: 'INVALID_SESSION_ID',
      refreshed: true,
    });
    // The refresh token is unknown to the transport; only registered secrets are promised.
    for (const view of [...views(error), JSON.stringify(events)])
      for (const secret of [SESSION_ID, REFRESHED_SESSION_ID]) expect(view).not.toContain(secret);
  });

  it('reports the daily 403 REQUEST_LIMIT_EXCEEDED as a terminal rate limit, without retrying', async () => {
    server = await startScriptedServer(({ headers }) => ({
      status: 403,
      headers: { 'Sforce-Limit-Info': 'api-usage=15001/15000' },
      body: [{ ...daily[0], message: `${daily[0]?.message} ${String(headers.authorization)}` }],
    }));
    const error = await transport()
      .request({ path: '/services/data/v66.0/query' })
      .catch((caught) => caught);
    expect(server.requests).toHaveLength(1);
    expect(error).toMatchObject({ name: 'CrmRateLimitError', terminal: true, status: 403 });
    for (const view of views(error))
      for (const secret of SECRETS) expect(view).not.toContain(secret);
  });

  it('retries the concurrent-long-request 403, and stops before sending once api-usage is spent', async () => {
    let calls = 0;
    server = await startScriptedServer(() => {
      calls++;
      if (calls === 1)
        return {
          status: 403,
          body: [
            {
              message: 'ConcurrentPerOrgLongTxn Limit exceeded.',
              errorCode: 'REQUEST_LIMIT_EXCEEDED',
            },
          ],
        };
      return {
        headers: { 'Sforce-Limit-Info': 'api-usage=100/100' },
        body: { totalSize: 0, done: true, records: [] },
      };
    });
    const client = transport();
    const response = await client.request({ path: '/services/data/v66.0/query' });
    expect(response.data).toEqual({ totalSize: 0, done: true, records: [] });
    expect(calls).toBe(2);
    const error = await client
      .request({ path: '/services/data/v66.0/query' })
      .catch((caught) => caught);
    expect(error).toMatchObject({ name: 'CrmRateLimitError', terminal: true });
    expect(calls).toBe(2);
  });
});
