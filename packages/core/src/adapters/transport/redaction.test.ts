import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import expiredBody from '../hubspot/__fixtures__/401-expired-authentication.json';
import { hubspotDialect } from '../hubspot/hubspot-dialect';
import { CrmTransport } from './crm-transport';
import { manualClock } from './manual-clock';
import { type ScriptedReply, type ScriptedServer, startScriptedServer } from './scripted-server';
import type { CrmTransportEvent } from './transport-events';

// Shaped like real credentials: a HubSpot private-app token and an OAuth access token.
const PRIVATE_APP_TOKEN = 'pat-na1-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const REFRESHED_TOKEN = 'CJSP5qf1MRICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4';
const SECRETS = [PRIVATE_APP_TOKEN, REFRESHED_TOKEN];

let server: ScriptedServer;
afterEach(() => server?.close());

/** Every way an error gets looked at: message, stack, cause, JSON, inspection, a snapshot-style print. */
function views(error: unknown): string[] {
  const record = error as Error & { cause?: unknown };
  return [
    String(error),
    record.message,
    String(record.stack),
    JSON.stringify(record.cause ?? null),
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    JSON.stringify(Object.getOwnPropertyDescriptors(error), (_key, value) =>
      typeof value === 'function' ? String(value) : value,
    ),
  ];
}

/** Replies that echo the credential back, as misbehaving servers and proxies do. */
function echoing(
  kind: 'error-body' | 'html' | 'reset' | 'slow' | 'malformed',
): (request: { headers: Record<string, unknown> }) => ScriptedReply {
  return ({ headers }) => {
    const authorization = String(headers.authorization);
    if (kind === 'error-body')
      return {
        status: 400,
        headers: { 'x-hubspot-correlation-id': authorization },
        body: {
          status: 'error',
          message: `bad header ${authorization}`,
          correlationId: authorization,
          category: 'VALIDATION_ERROR',
          context: { token: [authorization.slice(7)] },
        },
      };
    if (kind === 'html') return { status: 503, body: `<html>${authorization}</html>` };
    if (kind === 'reset') return { reset: true };
    if (kind === 'slow') return { delayMs: 2000 };
    return { body: `{"echo": "${authorization}"` };
  };
}

async function transportFor(
  script: (request: { headers: Record<string, unknown> }) => ScriptedReply,
  events: CrmTransportEvent[] = [],
  timeoutMs = 1000,
) {
  server = await startScriptedServer((request) => script(request));
  return new CrmTransport({
    dialect: hubspotDialect,
    baseUrl: server.url,
    auth: { type: 'oauth', accessToken: PRIVATE_APP_TOKEN, refresh: async () => REFRESHED_TOKEN },
    clock: manualClock(),
    timeoutMs,
    retry: { maxRetries: 1, baseDelayMs: 1 },
    logger: (event) => events.push(event),
  });
}

describe('secrets never leave the transport', () => {
  it.each(['error-body', 'html', 'reset', 'slow', 'malformed'] as const)(
    'in errors of kind %s',
    async (kind) => {
      const transport = await transportFor(echoing(kind), [], kind === 'slow' ? 250 : 2000);
      const error = await transport
        .request({
          path: `/oauth/v1/access-tokens/${PRIVATE_APP_TOKEN}?hapikey=${PRIVATE_APP_TOKEN}`,
        })
        .catch((caught) => caught);
      expect(error).toBeInstanceOf(Error);
      for (const view of views(error))
        for (const secret of SECRETS) expect(view).not.toContain(secret);
      expect(error.endpoint).toBe('/oauth/v1/access-tokens/[REDACTED]');
    },
  );

  it('in the 401 after a refresh (the new token too), in logs and in a snapshot', async () => {
    const events: CrmTransportEvent[] = [];
    const transport = await transportFor(
      ({ headers }) => ({
        status: 401,
        body: { ...expiredBody, message: `token ${String(headers.authorization)} expired` },
      }),
      events,
    );
    const error = await transport
      .request({ path: `/crm/v3/objects/contacts?token=${PRIVATE_APP_TOKEN}` })
      .catch((caught) => caught);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${PRIVATE_APP_TOKEN}`,
      `Bearer ${REFRESHED_TOKEN}`,
    ]);
    for (const view of [...views(error), JSON.stringify(events)])
      for (const secret of SECRETS) expect(view).not.toContain(secret);
    expect(error.toJSON()).toMatchInlineSnapshot(`
      {
        "attempts": 2,
        "body": {
          "category": "EXPIRED_AUTHENTICATION",
          "context": {
            "expire time": [
              "2022-06-21T10:37:52.040Z",
            ],
          },
          "correlationId": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
          "message": "token Bearer [REDACTED] expired",
          "status": "error",
        },
        "category": "EXPIRED_AUTHENTICATION",
        "correlationId": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        "crm": "hubspot",
        "endpoint": "/crm/v3/objects/contacts",
        "message": "hubspot GET /crm/v3/objects/contacts failed with HTTP 401 EXPIRED_AUTHENTICATION: token Bearer [REDACTED] expired (correlation id xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
        "method": "GET",
        "name": "CrmAuthError",
        "refreshed": true,
        "status": 401,
        "subCategory": null,
      }
    `);
    expect(error).toMatchSnapshot();
  });

  it('in a failing refresh callback', async () => {
    server = await startScriptedServer(() => ({ status: 401, body: expiredBody }));
    const transport = new CrmTransport({
      dialect: hubspotDialect,
      baseUrl: server.url,
      auth: {
        type: 'oauth',
        accessToken: PRIVATE_APP_TOKEN,
        refresh: async () => {
          throw new Error(`refresh_token=${REFRESHED_TOKEN} rejected for ${PRIVATE_APP_TOKEN}`);
        },
      },
      clock: manualClock(),
    });
    const error = await transport.request({ path: '/a' }).catch((caught) => caught);
    expect(error).toMatchObject({ name: 'CrmAuthError', category: 'REFRESH_FAILED' });
    for (const view of views(error))
      for (const secret of SECRETS) expect(view).not.toContain(secret);
  });
});
