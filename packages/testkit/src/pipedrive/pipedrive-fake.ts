import type { Dataset, EntityName } from '@closedloop/core';
import { CrmFake } from '../harness/crm-fake';
import { FakeClock } from '../harness/fake-clock';
import { FakeHttpServer } from '../harness/fake-http-server';
import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { PipedriveAuth, type PipedriveAuthOptions } from './pipedrive-auth';
import {
  PipedriveBudget,
  type PipedriveBudgetSnapshot,
  type PipedriveLimits,
} from './pipedrive-budget';
import { pipedriveErrors } from './pipedrive-errors';
import { applyPageQuirks, applyQuirks, type PipedriveQuirks } from './pipedrive-quirks';
import { PIPEDRIVE_ROUTES } from './pipedrive-routes';
import { type PipedriveMutableEntity, PipedriveStore } from './pipedrive-store';

/** Options of the Pipedrive fake. */
export interface PipedriveFakeOptions {
  /** What the company holds. */
  readonly dataset: Dataset;
  /** Shared with the adapter under test; default: one hour after the dataset's latest instant. */
  readonly clock?: FakeClock;
  readonly auth?: PipedriveAuthOptions;
  readonly limits?: PipedriveLimits;
  readonly quirks?: PipedriveQuirks;
}

function latestInstant(dataset: Dataset): number {
  let latest = 0;
  for (const records of Object.values(dataset))
    for (const record of records as readonly Record<string, unknown>[])
      for (const key of ['createdAt', 'updatedAt', 'occurredAt', 'at', 'closedAt']) {
        const time = Date.parse(String(record[key] ?? ''));
        if (time > latest) latest = time;
      }
  return latest;
}

/**
 * A fake Pipedrive company serving a `Dataset` in Pipedrive's real shapes: v2 deals,
 * persons, organizations, activities, pipelines and stages (cursor paging, `updated_since`/
 * `updated_until`, `sort_by`, deleted deals), v1 leads (offset paging), fields with hashed
 * custom keys, lead labels and sources, users and deal changelogs; `{success, data,
 * additional_data}` envelopes and Pipedrive's error bodies; API tokens (header or legacy
 * query) and expiring OAuth tokens; the burst window and daily token budget with their
 * headers; fault injection from the shared harness (guide §9.4).
 *
 * `url`: Base URL for the adapter (`baseUrl`); the official client takes `${url}/api/v2` or `${url}/v1`.
 */
export class PipedriveFake extends CrmFake {
  /** Mutable: switch quirks on and off between requests. */
  readonly quirks: PipedriveQuirks;
  readonly #store: PipedriveStore;
  readonly #auth: PipedriveAuth;
  readonly #budget: PipedriveBudget;

  private constructor(
    server: FakeHttpServer,
    store: PipedriveStore,
    auth: PipedriveAuth,
    budget: PipedriveBudget,
    quirks: PipedriveQuirks,
  ) {
    super(server);
    this.#store = store;
    this.#auth = auth;
    this.#budget = budget;
    this.quirks = { ...quirks };
  }

  /** Renders the dataset and starts serving it on 127.0.0.1. */
  static async start(options: PipedriveFakeOptions): Promise<PipedriveFake> {
    const latest = latestInstant(options.dataset);
    const clock =
      options.clock ?? new FakeClock(latest > 0 ? latest + 3_600_000 : '2026-09-01T00:00:00Z');
    const store = new PipedriveStore(options.dataset, clock.iso());
    const auth = new PipedriveAuth(options.auth ?? {}, clock);
    const budget = new PipedriveBudget(options.limits);
    let fake: PipedriveFake | undefined;
    const server = await FakeHttpServer.start({
      clock,
      handle: (request) => (fake as PipedriveFake).#handle(request),
      admin: (request) => (fake as PipedriveFake).#admin(request),
      presets: {
        rateLimited: () => pipedriveErrors.burst(),
        serverError: (status, html) => pipedriveErrors.server(status, html),
        expiredToken: () => pipedriveErrors.unauthorized(),
      },
    });
    fake = new PipedriveFake(server, store, auth, budget, options.quirks ?? {});
    return fake;
  }

  /** An API token the fake accepts. */
  get apiToken(): string {
    return this.#auth.apiToken;
  }

  /** The rendered company, for assertions on raw Pipedrive shapes. */
  get store(): PipedriveStore {
    return this.#store;
  }

  /** Rate-limit counters. */
  budget(): PipedriveBudgetSnapshot {
    return this.#budget.snapshot();
  }

  /** Issues an OAuth access token that expires after `ttlMs` of fake time (default 60 min). */
  issueAccessToken(ttlMs?: number): string {
    return this.#auth.issueAccessToken(ttlMs);
  }

  /** The Pipedrive id a dataset record is served under, or null when Pipedrive has no place for it. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    return this.#store.remoteIdOf(entity, datasetId);
  }

  /** Changes a record now (its `update_time` moves to the fake clock's now). */
  update(entity: PipedriveMutableEntity, datasetId: string, patch: Record<string, unknown>): void {
    this.#store.update(entity, datasetId, patch, this.clock.iso());
  }

  /** Deletes a record now (a deal answers `status=deleted` afterwards). */
  archive(entity: PipedriveMutableEntity, datasetId: string): void {
    this.#store.archive(entity, datasetId, this.clock.iso());
  }

  #handle(request: FakeRequest): FakeResponse {
    const { method, path } = request;
    if (method === 'POST' && path === '/oauth/token') return this.#auth.token(request, this.url);
    const route =
      method === 'GET'
        ? PIPEDRIVE_ROUTES.find((candidate) => candidate.pattern.test(path))
        : undefined;
    // Unknown routes answer like a bad token (guide §4.1).
    if (!route) return pipedriveErrors.unauthorized();
    const auth = this.#auth.check(request);
    if (!auth.ok) return auth.response;
    const decision = this.#budget.take(auth.token, auth.kind, route.cost, this.clock.now());
    if (!decision.ok) return decision.response;
    const params = (route.pattern.exec(path) ?? []).slice(1) as string[];
    const response = route.handle(request, params, this.#store);
    const body = response.body as { success?: boolean; data?: unknown } | undefined;
    const quirky =
      response.status === 200 && body?.success && Object.values(this.quirks).some(Boolean)
        ? {
            ...body,
            data: Array.isArray(body.data)
              ? applyPageQuirks(path, body.data, this.quirks).map((row) =>
                  applyQuirks(row, this.quirks),
                )
              : applyQuirks(body.data, this.quirks),
          }
        : response.body;
    return {
      ...response,
      body: quirky,
      headers: {
        'x-correlation-id': crypto.randomUUID(),
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
      entity?: PipedriveMutableEntity;
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
