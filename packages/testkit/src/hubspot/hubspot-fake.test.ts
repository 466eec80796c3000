import { afterEach, describe, expect, it } from 'vitest';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { HubSpotFake, type HubSpotFakeOptions } from './hubspot-fake';

let fake: HubSpotFake;
afterEach(() => fake?.close());

async function start(options: Partial<HubSpotFakeOptions> = {}) {
  fake = await HubSpotFake.start({ dataset: tinyCrmDataset(), ...options });
  return fake;
}

async function call(path: string, init: RequestInit & { token?: string | null } = {}) {
  const { token = fake.staticToken, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (rest.body) headers.set('content-type', 'application/json');
  const response = await fetch(`${fake.url}${path}`, { ...rest, headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

const post = (path: string, body: unknown, token?: string) =>
  call(path, { method: 'POST', body: JSON.stringify(body), ...(token ? { token } : {}) });

describe('HubSpot fake: CRM objects', () => {
  it('lists contacts in id order with an opaque after cursor and no paging on the last page', async () => {
    await start();
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { body } = await call(
        `/crm/v3/objects/contacts?limit=3&properties=email,lifecyclestage${after ? `&after=${after}` : ''}`,
      );
      ids.push(...body.results.map((result: { id: string }) => result.id));
      after = body.paging?.next?.after;
      if (after) expect(body.paging.next.link).toContain('/crm/v3/objects/contacts?after=');
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(ids).toEqual(['101', '102', '103', '104', '105', '106', '107']);
    const { body } = await call('/crm/objects/2026-03/0-1/101?properties=email,unknown_prop');
    expect(body.properties).toEqual({
      email: 'ada@analytical.example',
      createdate: '2026-03-04T09:00:00.000Z',
      hs_object_id: '101',
      lastmodifieddate: '2026-03-04T17:00:00.000Z',
    });
  });

  it('serves property history newest first, and refuses more than 50 per page with history', async () => {
    await start();
    const refused = await call(
      '/crm/v3/objects/contacts?limit=100&propertiesWithHistory=lifecyclestage',
    );
    expect(refused).toMatchObject({
      status: 400,
      body: { status: 'error', category: 'VALIDATION_ERROR' },
    });
    const { body } = await call(
      '/crm/v3/objects/contacts?limit=50&propertiesWithHistory=lifecyclestage',
    );
    expect(body.results[0].propertiesWithHistory.lifecyclestage).toEqual([
      {
        value: 'customer',
        timestamp: '2026-03-20T15:00:00.000Z',
        sourceType: 'CRM_UI',
        sourceId: 'userId:9100000',
        updatedByUserId: 9100000,
      },
      {
        value: 'marketingqualifiedlead',
        timestamp: '2026-03-05T09:00:00.000Z',
        sourceType: 'AUTOMATION_PLATFORM',
      },
      { value: 'lead', timestamp: '2026-03-04T08:31:00.000Z', sourceType: 'FORM' },
    ]);
  });

  it('batch-reads by id or e-mail, with 207 and errors for unknown ids', async () => {
    await start();
    const { status, body } = await post('/crm/v3/objects/contacts/batch/read', {
      idProperty: 'email',
      inputs: [{ id: 'GRACE@cobol.example' }, { id: 'nobody@x.example' }],
      properties: ['firstname'],
    });
    expect(status).toBe(207);
    expect(body.results.map((result: { id: string }) => result.id)).toEqual(['102']);
    expect(body).toMatchObject({
      status: 'COMPLETE',
      numErrors: 1,
      errors: [{ category: 'OBJECT_NOT_FOUND', context: { ids: ['nobody@x.example'] } }],
    });
  });

  it('searches with filters, one sort and offset paging, and enforces its limits', async () => {
    await start();
    const request = {
      filterGroups: [
        {
          filters: [
            {
              propertyName: 'hs_lastmodifieddate',
              operator: 'GTE',
              value: String(Date.parse('2026-03-14T00:00:00Z')),
            },
          ],
        },
      ],
      sorts: [{ propertyName: 'hs_object_id', direction: 'DESCENDING' }],
      properties: ['dealname'],
      limit: 1,
    };
    const first = await post('/crm/v3/objects/deals/search', request);
    expect(first.body).toMatchObject({
      total: 3,
      results: [{ id: '104' }],
      paging: { next: { after: '1' } },
    });
    expect(first.headers.get('x-hubspot-ratelimit-max')).toBeNull();
    const last = await post('/crm/v3/objects/deals/search', { ...request, after: '2' });
    expect(last.body.results[0].id).toBe('102');
    expect(last.body.paging).toBeUndefined();
    expect(
      (await post('/crm/v3/objects/deals/search', { ...request, after: '9990', limit: 20 })).status,
    ).toBe(400);
    const tooMany = { filterGroups: Array.from({ length: 6 }, () => ({ filters: [] })) };
    expect((await post('/crm/v3/objects/deals/search', tooMany)).status).toBe(400);
    expect((await post('/crm/v3/objects/deals/search', {})).status).toBe(200);
    // That was the fifth search within the same (fake) second.
    const burst = await post('/crm/v3/objects/deals/search', {});
    expect(burst).toMatchObject({
      status: 429,
      body: { message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT' },
    });
  });

  it('hides recently changed records from search while its index lags, and archived ones always', async () => {
    await start({ quirks: { searchLagMs: 60_000 } });
    fake.update('people', 'p2', { firstName: 'Amazing Grace' });
    fake.archive('people', 'p3');
    const { body } = await post('/crm/v3/objects/contacts/search', { limit: 100 });
    expect(body.results.map((result: { id: string }) => result.id)).toEqual([
      '101',
      '104',
      '105',
      '106',
      '107',
    ]);
    fake.clock.advance(60_001);
    const later = await post('/crm/v3/objects/contacts/search', {
      limit: 100,
      properties: ['firstname'],
    });
    expect(later.body.results[1]).toMatchObject({
      id: '102',
      properties: { firstname: 'Amazing Grace' },
    });
    const archived = await call('/crm/v3/objects/contacts?archived=true');
    expect(archived.body.results).toEqual([
      expect.objectContaining({ id: '103', archived: true, archivedAt: expect.any(String) }),
    ]);
  });
});

describe('HubSpot fake: associations, owners, pipelines, marketing', () => {
  it('serves associations v4 with numeric toObjectId, typed labels and 207 for unknown ids', async () => {
    await start();
    const { status, body } = await post('/crm/v4/associations/deals/contacts/batch/read', {
      inputs: [{ id: '101' }, { id: '999' }],
    });
    expect(status).toBe(207);
    expect(body.results).toEqual([
      {
        from: { id: '101' },
        to: [
          {
            toObjectId: 101,
            associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 3, label: 'Decision Maker' }],
          },
          {
            toObjectId: 102,
            associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 3, label: 'Champion' }],
          },
        ],
      },
    ]);
    const reverse = await call('/crm/v4/objects/companies/101/associations/contacts');
    expect(reverse.body.results.map((link: { toObjectId: number }) => link.toObjectId)).toEqual([
      101, 102,
    ]);
  });

  it('serves owners (owner id is not user id) and pipelines with string metadata', async () => {
    await start();
    const owners = await call('/crm/v3/owners?limit=2');
    expect(owners.body.results[0]).toMatchObject({
      id: '70000001',
      userId: 9100000,
      type: 'PERSON',
      firstName: 'Ann',
      lastName: 'Seller',
    });
    expect(owners.body.paging.next.after).toBeTypeOf('string');
    const { body } = await call('/crm/v3/pipelines/deals');
    expect(body.results[0]).toMatchObject({ id: 'default', label: 'Sales pipeline' });
    expect(body.results[0].stages.map((stage: { metadata: unknown }) => stage.metadata)).toEqual([
      { isClosed: 'false', probability: '0.2' },
      { isClosed: 'false', probability: '0.6' },
      { isClosed: 'true', probability: '1.0' },
      { isClosed: 'true', probability: '0.0' },
    ]);
  });

  it('serves campaigns, forms, newest-first submissions and email events', async () => {
    await start();
    const campaigns = await call('/marketing/v3/campaigns?properties=hs_name,hs_start_date');
    expect(campaigns.body).toMatchObject({
      total: 2,
      results: [{ properties: { hs_name: 'Spring webinar', hs_start_date: '2026-03-01' } }, {}],
    });
    const forms = await call('/marketing/v3/forms');
    const demo = forms.body.results.find(
      (form: { name: string }) => form.name === 'Request a demo',
    );
    const submissions = await call(`/form-integrations/v1/submissions/forms/${demo.id}?limit=1`);
    expect(submissions.body.results).toEqual([
      {
        conversionId: expect.any(String),
        submittedAt: Date.parse('2026-03-05T15:00:00Z'),
        values: [{ name: 'email', value: 'grace@cobol.example' }],
        pageUrl: null,
      },
    ]);
    expect(submissions.body.paging.next.after).toBeTypeOf('string');
    const events = await call(
      `/email/public/v1/events?startTimestamp=${Date.parse('2026-03-07T00:00:00Z')}&limit=1`,
    );
    expect(events.body).toMatchObject({
      hasMore: true,
      events: [
        {
          type: 'CLICK',
          recipient: 'katherine@nasa.example',
          url: 'https://brightwave.example/blog',
        },
      ],
    });
  });
});

describe('HubSpot fake: auth, limits and path families', () => {
  it('answers 401 INVALID_AUTHENTICATION and EXPIRED_AUTHENTICATION, and issues tokens', async () => {
    await start();
    expect((await call('/crm/v3/owners', { token: null })).body.category).toBe(
      'INVALID_AUTHENTICATION',
    );
    const token = fake.issueAccessToken(1000);
    expect((await call('/crm/v3/owners', { token })).status).toBe(200);
    fake.clock.advance(2000);
    const expired = await call('/crm/v3/owners', { token });
    expect(expired.body).toMatchObject({
      category: 'EXPIRED_AUTHENTICATION',
      message: 'The OAuth token used to make this call expired 1 second(s) ago.',
    });
    expect(expired.headers.get('x-hubspot-correlation-id')).toBe(expired.body.correlationId);
    const issued = await fetch(`${fake.url}/oauth/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=fake-refresh-token',
    });
    expect(await issued.json()).toMatchObject({
      token_type: 'bearer',
      expires_in: 1800,
      token_use: 'access_token',
    });
  });

  it('counts the ten-second window per account, 429s until it frees, and omits daily headers for OAuth', async () => {
    await start({ limits: { perTenSeconds: 2, retryAfter: true } });
    const first = await call('/crm/v3/owners');
    expect(first.headers.get('x-hubspot-ratelimit-remaining')).toBe('1');
    expect(first.headers.get('x-hubspot-ratelimit-daily')).toBe('250000');
    expect(
      (await call('/crm/v3/owners', { token: fake.issueAccessToken() })).headers.get(
        'x-hubspot-ratelimit-daily',
      ),
    ).toBeNull();
    const limited = await call('/crm/v3/owners');
    expect(limited).toMatchObject({
      status: 429,
      body: { policyName: 'TEN_SECONDLY_ROLLING', errorType: 'RATE_LIMIT' },
    });
    expect(limited.headers.get('retry-after')).toBe('10');
    fake.clock.advance(10_000);
    expect((await call('/crm/v3/owners')).status).toBe(200);
    expect(fake.budget()).toMatchObject({ rejected: 1, daily: { used: 3 } });
  });

  it('answers 414 for a URL past about 16k characters', async () => {
    await start();
    const properties = Array.from({ length: 800 }, (_, index) => `custom_property_${index}`).join(
      ',',
    );
    expect((await call(`/crm/v3/objects/contacts?properties=${properties}`)).status).toBe(414);
  });

  it('serves the date-versioned family alone once legacy paths are switched off', async () => {
    await start({ pathFamilies: { legacy: false } });
    expect((await call('/crm/v3/objects/contacts')).status).toBe(404);
    expect((await call('/crm/objects/2026-03/contacts')).status).toBe(200);
    expect(
      (
        await post('/crm/associations/2026-03/contacts/companies/batch/read', {
          inputs: [{ id: '101' }],
        })
      ).status,
    ).toBe(200);
  });
});
