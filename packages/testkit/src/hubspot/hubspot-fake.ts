import type { Dataset, EntityName } from '@closedloop/core';
import { CrmFake } from '../harness/crm-fake';
import { FakeClock } from '../harness/fake-clock';
import { FakeHttpServer } from '../harness/fake-http-server';
import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { associationRoutes } from './association-routes';
import { HubSpotAuth, type HubSpotAuthOptions } from './hubspot-auth';
import { HubSpotBudget, type HubSpotBudgetSnapshot, type HubSpotLimits } from './hubspot-budget';
import { hubspotErrors } from './hubspot-errors';
import type { HubSpotQuirks } from './hubspot-quirks';
import type { MutableEntity } from './hubspot-store';
import { HubSpotStore } from './hubspot-store';
import { marketingRoutes } from './marketing-routes';
import { objectRoutes } from './object-routes';
import { portalRoutes } from './portal-routes';
import { latestInstant } from './render-context';
import type { Route, RouteContext } from './route-context';
import { searchRoutes } from './search-route';

/** Options of the HubSpot fake. */
export interface HubSpotFakeOptions {
  /** What the portal holds. */
  readonly dataset: Dataset;
  /** Shared with the adapter under test; default: one hour after the dataset's latest instant. */
  readonly clock?: FakeClock;
  readonly auth?: HubSpotAuthOptions;
  readonly limits?: HubSpotLimits;
  readonly quirks?: HubSpotQuirks;
  /** Path families served; turn `legacy` off to simulate the v3/v4 sunset. Default both. */
  readonly pathFamilies?: { readonly legacy?: boolean; readonly dated?: boolean };
}

const ROUTES: readonly Route[] = [
  ...searchRoutes,
  ...objectRoutes,
  ...associationRoutes,
  ...portalRoutes,
  ...marketingRoutes,
];
const LEGACY = /^\/crm\/v\d\//;
const DATED = /^\/crm\/[a-z]+\/\d{4}-\d{2}/;

/**
 * A fake HubSpot portal serving a `Dataset` in HubSpot's real shapes: CRM objects (list,
 * read, batch read, search), associations v4, owners, deal pipelines, campaigns, forms and
 * submissions, marketing email events; static and expiring OAuth tokens; the account's rate
 * limits with their headers and 429 bodies; fault injection from the shared harness.
 *
 * `url`: Base URL to give the adapter (`baseUrl`) or the official client (`basePath`).
 */
export class HubSpotFake extends CrmFake {
  /** Mutable: switch quirks on and off between requests. */
  readonly quirks: HubSpotQuirks;
  readonly #store: HubSpotStore;
  readonly #auth: HubSpotAuth;
  readonly #budget: HubSpotBudget;
  readonly #staticToken: string;

  private constructor(
    server: FakeHttpServer,
    store: HubSpotStore,
    auth: HubSpotAuth,
    budget: HubSpotBudget,
    options: HubSpotFakeOptions,
  ) {
    super(server);
    this.#store = store;
    this.#auth = auth;
    this.#budget = budget;
    this.quirks = { ...options.quirks };
    this.#staticToken = options.auth?.staticTokens?.[0] ?? 'pat-na1-fake-static-token';
  }

  /** Renders the dataset and starts serving it on 127.0.0.1. */
  static async start(options: HubSpotFakeOptions): Promise<HubSpotFake> {
    const latest = latestInstant(options.dataset);
    const clock =
      options.clock ?? new FakeClock(latest > 0 ? latest + 3_600_000 : '2026-09-01T00:00:00Z');
    const store = new HubSpotStore(options.dataset, clock.iso());
    const auth = new HubSpotAuth(options.auth ?? {}, clock);
    const budget = new HubSpotBudget(options.limits);
    let fake: HubSpotFake | undefined;
    const server = await FakeHttpServer.start({
      clock,
      handle: (request) => (fake as HubSpotFake).#handle(request, options),
      admin: (request) => (fake as HubSpotFake).#admin(request),
      presets: {
        rateLimited: () => hubspotErrors.tenSecondly(),
        serverError: (status, html) => hubspotErrors.server(status, html),
        expiredToken: () => hubspotErrors.expired(clock.now() - 75_000, clock.now()),
      },
    });
    fake = new HubSpotFake(server, store, auth, budget, options);
    return fake;
  }

  /** A private-app token the fake accepts. */
  get staticToken(): string {
    return this.#staticToken;
  }

  /** The rendered portal, for assertions on raw HubSpot shapes. */
  get store(): HubSpotStore {
    return this.#store;
  }

  /** Rate-limit counters. */
  budget(): HubSpotBudgetSnapshot {
    return this.#budget.snapshot(this.clock.now());
  }

  /** Issues an OAuth access token that expires after `ttlMs` of fake time (default 30 min). */
  issueAccessToken(ttlMs?: number): string {
    return this.#auth.issueAccessToken(ttlMs);
  }

  /** The HubSpot id a dataset record is served under, or null when HubSpot has no place for it. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    return this.#store.remoteIdOf(entity, datasetId);
  }

  /** Changes a record now (its last-modified date moves to the fake clock's now). */
  update(entity: MutableEntity, datasetId: string, patch: Record<string, unknown>): void {
    this.#store.update(entity, datasetId, patch, this.clock.iso());
  }

  /** Adds a record now. */
  create(entity: MutableEntity, record: Dataset[MutableEntity][number]): void {
    this.#store.create(entity, record, this.clock.iso());
  }

  /** Archives (deletes) a record now. */
  archive(entity: MutableEntity, datasetId: string): void {
    this.#store.archive(entity, datasetId, this.clock.iso());
  }

  #handle(request: FakeRequest, options: HubSpotFakeOptions): FakeResponse {
    const { method, path } = request;
    if (method === 'POST' && /^\/oauth\/v[13]\/token$/.test(path))
      return this.#auth.token(request.body);
    const introspect = /^\/oauth\/v1\/access-tokens\/([^/]+)$/.exec(path);
    if (method === 'GET' && introspect)
      return this.#auth.introspect(decodeURIComponent(introspect[1] ?? ''));
    // Long property lists overflow the URL at about 16k characters (PostHog/posthog#31617).
    if (path.length + request.query.toString().length > 16_000) return hubspotErrors.uriTooLong();
    const families = options.pathFamilies ?? {};
    const disabled =
      (families.legacy === false && LEGACY.test(path)) ||
      (families.dated === false && DATED.test(path));
    const route = disabled
      ? undefined
      : ROUTES.find((candidate) => candidate.method === method && candidate.pattern.test(path));
    if (!route) return hubspotErrors.notFound(`Unable to route ${method} ${path}`);
    const auth = this.#auth.check(request.headers);
    if (!auth.ok) return auth.response;
    const decision = this.#budget.take(route.limit, this.clock.now(), auth.oauth);
    if (!decision.ok) return decision.response;
    const params = (route.pattern.exec(path) ?? []).slice(1);
    const context: RouteContext = {
      store: this.#store,
      quirks: this.quirks,
      clock: this.clock,
      baseUrl: () => this.url,
    };
    const response = route.handle(request, params, context);
    return {
      ...response,
      headers: {
        'x-hubspot-correlation-id': crypto.randomUUID(),
        ...decision.headers,
        ...response.headers,
      },
    };
  }

  #admin(request: FakeRequest): FakeResponse | null {
    if (request.method === 'GET' && request.path === '/__fake__/budget')
      return { status: 200, body: this.budget() };
    if (request.method !== 'POST' || request.path !== '/__fake__/mutate') return null;
    const body = (request.body ?? {}) as {
      action?: string;
      entity?: MutableEntity;
      id?: string;
      patch?: Record<string, unknown>;
      record?: never;
    };
    if (!body.entity) return { status: 400, body: { error: 'entity is required' } };
    if (body.action === 'update' && body.id) this.update(body.entity, body.id, body.patch ?? {});
    else if (body.action === 'archive' && body.id) this.archive(body.entity, body.id);
    else if (body.action === 'create' && body.record) this.create(body.entity, body.record);
    else return { status: 400, body: { error: 'action must be update, archive or create' } };
    return { status: 204 };
  }
}
