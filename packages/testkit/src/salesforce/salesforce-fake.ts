import type { Dataset, EntityName } from '@closedloop/core';
import { CrmFake } from '../harness/crm-fake';
import { FakeClock } from '../harness/fake-clock';
import { FakeHttpServer } from '../harness/fake-http-server';
import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { RollingWindow } from '../harness/rolling-window';
import { latestInstant } from '../hubspot/render-context';
import { QueryService, type SalesforceQueryOptions } from './query-service';
import { SalesforceAuth, type SalesforceAuthOptions } from './salesforce-auth';
import { salesforceErrors } from './salesforce-errors';
import { FAKE_ORG_ID } from './salesforce-ids';
import { SALESFORCE_FIELDS } from './salesforce-schema';
import {
  type SalesforceMutableEntity,
  type SalesforceQuirks,
  SalesforceStore,
} from './salesforce-store';

/** Options of the Salesforce fake. */
export interface SalesforceFakeOptions {
  /** What the org holds. */
  readonly dataset: Dataset;
  /** Shared with the adapter under test; default: one hour after the dataset's latest instant. */
  readonly clock?: FakeClock;
  readonly auth?: SalesforceAuthOptions;
  /** Paging: batch cap, locator cap and expiry. */
  readonly query?: SalesforceQueryOptions;
  /** The org's rolling 24-hour API allocation (guide §3.6: Developer Edition about 15,000). Default 100,000. */
  readonly dailyApiLimit?: number;
  readonly quirks?: SalesforceQuirks;
  /** The custom field holding lifecycle stages on Lead and Contact. Default `Lifecycle_Stage__c`. */
  readonly lifecycleField?: string;
}

const DATA = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/;
const DAY_MS = 86_400_000;

/**
 * A fake Salesforce org serving a `Dataset` in the REST API's real shapes: SOQL `query` and
 * `queryAll` (a subset: fields, `WHERE` with AND/OR/NOT, comparisons, IN, LIKE, datetime
 * literals, `ORDER BY`, `LIMIT`/`OFFSET`) paged by `nextRecordsUrl` with `attributes` on every
 * record, batch sizes from `Sforce-Query-Options`, locators that expire and are evicted, error
 * arrays, `Sforce-Limit-Info: api-usage=N/M` on every response and 403
 * `REQUEST_LIMIT_EXCEEDED` past the daily allocation, session ids that expire (401
 * `INVALID_SESSION_ID`) and the OAuth refresh endpoint; fault injection from the shared harness.
 *
 * `url`: The instance URL to give the adapter (`instanceUrl`) or jsforce (`instanceUrl`).
 */
export class SalesforceFake extends CrmFake {
  /** Mutable: switch quirks on and off between requests. */
  readonly quirks: SalesforceQuirks;
  readonly #store: SalesforceStore;
  readonly #auth: SalesforceAuth;
  readonly #queries: QueryService;
  readonly #usage: RollingWindow;
  readonly #limit: number;

  private constructor(
    server: FakeHttpServer,
    store: SalesforceStore,
    auth: SalesforceAuth,
    options: SalesforceFakeOptions,
  ) {
    super(server);
    this.#store = store;
    this.#auth = auth;
    this.quirks = { ...options.quirks };
    this.#queries = new QueryService(store, options.query ?? {});
    this.#queries.quirks = this.quirks;
    this.#limit = options.dailyApiLimit ?? 100_000;
    this.#usage = new RollingWindow(this.#limit, DAY_MS);
  }

  /** Renders the dataset and starts serving it on 127.0.0.1. */
  static async start(options: SalesforceFakeOptions): Promise<SalesforceFake> {
    const latest = latestInstant(options.dataset);
    const clock =
      options.clock ?? new FakeClock(latest > 0 ? latest + 3_600_000 : '2026-09-01T00:00:00Z');
    const store = new SalesforceStore(
      options.dataset,
      clock.iso(),
      options.lifecycleField ?? 'Lifecycle_Stage__c',
    );
    const auth = new SalesforceAuth(options.auth ?? {}, clock);
    let fake: SalesforceFake | undefined;
    const server = await FakeHttpServer.start({
      clock,
      handle: (request) => (fake as SalesforceFake).#handle(request),
      admin: (request) => (fake as SalesforceFake).#admin(request),
      presets: {
        // Salesforce sends no 429 for quota: its transient limit is the concurrent 403 (guide §0.3).
        rateLimited: () => salesforceErrors.concurrentLimit(),
        serverError: (status, html) => salesforceErrors.server(status, html),
        expiredToken: () => salesforceErrors.invalidSession(),
      },
    });
    fake = new SalesforceFake(server, store, auth, options);
    return fake;
  }

  /** The rendered org, for assertions on raw Salesforce shapes. */
  get store(): SalesforceStore {
    return this.#store;
  }

  /** API requests counted in the rolling 24 hours, and the allocation. */
  apiUsage(): { used: number; max: number } {
    return { used: this.#limit - this.#usage.remaining(this.clock.now()), max: this.#limit };
  }

  /** Issues a session id valid for `ttlMs` of fake time (default: the session timeout). */
  issueSessionId(ttlMs?: number): string {
    return this.#auth.issueSessionId(ttlMs);
  }

  /** The Salesforce id a dataset record is served under, or null when Salesforce has no place for it. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    return this.#store.remoteIdOf(entity, datasetId);
  }

  /** Changes a record now (its `SystemModstamp` moves to the fake clock's now). */
  update(entity: SalesforceMutableEntity, datasetId: string, patch: Record<string, unknown>): void {
    this.#store.update(entity, datasetId, patch, this.clock.iso());
  }

  /** Deletes a record now (recycle bin: visible to `queryAll` with `IsDeleted = true`). */
  archive(entity: SalesforceMutableEntity, datasetId: string): void {
    this.#store.archive(entity, datasetId, this.clock.iso());
  }

  #handle(request: FakeRequest): FakeResponse {
    const { method, path } = request;
    if (method === 'POST' && path === '/services/oauth2/token')
      return this.#auth.token(request.body, this.url);
    const data = DATA.exec(path);
    if (method === 'GET' && (path === '/services/data' || path === '/services/data/'))
      return {
        status: 200,
        body: [{ label: "Winter '27", url: '/services/data/v66.0', version: '66.0' }],
      };
    if (!data || Number(data[1]) < 52) return salesforceErrors.notFound();
    const auth = this.#auth.check(request.headers);
    if (!auth.ok) return auth.response;
    const now = this.clock.now();
    if (!this.#usage.tryTake(now)) return this.#withUsage(salesforceErrors.dailyLimit());
    const version = data[1] as string;
    const rest = data[2] ?? '/';
    if (method === 'GET' && (rest === '/query' || rest === '/queryAll')) {
      const soql = request.query.get('q');
      if (!soql) return this.#withUsage(salesforceErrors.malformedQuery('missing q'));
      return this.#withUsage(
        this.#queries.query(version, soql, {
          all: rest === '/queryAll',
          now,
          batchHeader: request.headers['sforce-query-options'],
        }),
      );
    }
    const more = /^\/query(?:All)?\/([\w]+)-(\d+)$/.exec(rest);
    if (method === 'GET' && more)
      return this.#withUsage(this.#queries.more(version, more[1] as string, Number(more[2]), now));
    if (method === 'GET' && rest === '/limits')
      return this.#withUsage({
        status: 200,
        body: { DailyApiRequests: { Max: this.#limit, Remaining: this.#usage.remaining(now) } },
      });
    const describe = /^\/sobjects\/(\w+)\/describe$/.exec(rest);
    if (method === 'GET' && describe) {
      const fields = SALESFORCE_FIELDS[describe[1] as string];
      if (!fields) return this.#withUsage(salesforceErrors.notFound());
      return this.#withUsage({
        status: 200,
        body: {
          name: describe[1],
          fields: fields.map((name) => ({ name, custom: name.endsWith('__c') })),
        },
      });
    }
    return this.#withUsage(salesforceErrors.notFound());
  }

  /** Every answer carries the org's usage (guide §3.6). */
  #withUsage(response: FakeResponse): FakeResponse {
    const { used, max } = this.apiUsage();
    return {
      ...response,
      headers: {
        'sforce-limit-info': `api-usage=${used}/${max}`,
        'content-type': 'application/json;charset=UTF-8',
        ...response.headers,
      },
    };
  }

  #admin(request: FakeRequest): FakeResponse | null {
    if (request.method === 'GET' && request.path === '/__fake__/budget')
      return { status: 200, body: { ...this.apiUsage(), orgId: FAKE_ORG_ID } };
    if (request.method !== 'POST' || request.path !== '/__fake__/mutate') return null;
    const body = (request.body ?? {}) as {
      action?: string;
      entity?: SalesforceMutableEntity;
      id?: string;
      patch?: Record<string, unknown>;
    };
    if (!body.entity || !body.id)
      return { status: 400, body: { error: 'entity and id are required' } };
    if (body.action === 'update') this.update(body.entity, body.id, body.patch ?? {});
    else if (body.action === 'archive') this.archive(body.entity, body.id);
    else return { status: 400, body: { error: 'action must be update or archive' } };
    return { status: 204 };
  }
}
