import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { pipedriveErrors } from './pipedrive-errors';
import { cursorPage, offsetPage } from './pipedrive-paging';
import type { PipedriveStore } from './pipedrive-store';

/** A route: method, path pattern, token cost (spec `x-token-cost`, guide §4.2), handler. */
export interface PipedriveRoute {
  readonly pattern: RegExp;
  readonly cost: number;
  readonly handle: (request: FakeRequest, params: string[], store: PipedriveStore) => FakeResponse;
}

const V1 = '(?:/api)?/v1';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const V2_COLLECTIONS = {
  deals: 'deals',
  persons: 'persons',
  organizations: 'organizations',
  activities: 'activities',
} as const;

/** `updated_since` (inclusive) / `updated_until` (exclusive), RFC3339 (guide §4.6). */
function timeFilter(
  request: FakeRequest,
): ((row: Record<string, unknown>) => boolean) | FakeResponse {
  const bounds: number[] = [];
  for (const name of ['updated_since', 'updated_until']) {
    const raw = request.query.get(name);
    if (raw !== null && !RFC3339.test(raw))
      return pipedriveErrors.validation(
        `${name}: must be a RFC3339 date-time, e.g. 2025-01-01T10:20:00Z`,
      );
    bounds.push(raw === null ? Number.NaN : Date.parse(raw));
  }
  const [since, until] = bounds as [number, number];
  return (row) => {
    const at = Date.parse(String(row.update_time ?? ''));
    return (Number.isNaN(since) || at >= since) && (Number.isNaN(until) || at < until);
  };
}

function v2List(
  collection: keyof typeof V2_COLLECTIONS,
  archived = false,
): PipedriveRoute['handle'] {
  return (request, _params, store) => {
    const inTime = timeFilter(request);
    if (typeof inTime !== 'function') return inTime;
    const statuses = request.query.get('status')?.split(',') ?? null;
    const ids = request.query.get('ids')?.split(',') ?? null;
    const owner = request.query.get('owner_id');
    const rows = store
      .list(V2_COLLECTIONS[collection])
      .map((record) => record.data)
      .filter((row) =>
        collection === 'deals' && statuses
          ? statuses.includes(String(row.status))
          : row.is_deleted !== true,
      )
      .filter((row) => (row.is_archived === true) === archived)
      .filter((row) => !ids || ids.includes(String(row.id)))
      .filter((row) => owner === null || String(row.owner_id) === owner)
      .filter(inTime);
    return cursorPage(request, rows);
  };
}

function v2Get(collection: keyof typeof V2_COLLECTIONS, noun: string): PipedriveRoute['handle'] {
  return (_request, [id], store) => {
    const row = store
      .list(V2_COLLECTIONS[collection])
      .find((record) => String(record.remoteId) === id);
    return row && row.data.is_deleted !== true
      ? { status: 200, body: { success: true, data: row.data } }
      : pipedriveErrors.notFound(noun);
  };
}

const single = (data: unknown): FakeResponse => ({ status: 200, body: { success: true, data } });

/** The routes of guide §9.4 the adapter and the official client use. */
export const PIPEDRIVE_ROUTES: readonly PipedriveRoute[] = [
  ...(['deals', 'persons', 'organizations', 'activities'] as const).flatMap((collection) => [
    { pattern: new RegExp(`^/api/v2/${collection}$`), cost: 10, handle: v2List(collection) },
    {
      pattern: new RegExp(`^/api/v2/${collection}/(\\d+)$`),
      cost: 1,
      handle: v2Get(
        collection,
        collection.replace(/s$/, '').replace('organization', 'organization'),
      ),
    },
  ]),
  {
    // Archived deals are left out of the plain list (client 33 `getArchivedDeals`).
    pattern: /^\/api\/v2\/deals\/archived$/,
    cost: 20,
    handle: v2List('deals', true),
  },
  {
    pattern: /^\/api\/v2\/pipelines$/,
    cost: 5,
    handle: (request, _params, store) => cursorPage(request, store.pipelines.pipelines),
  },
  {
    pattern: /^\/api\/v2\/stages$/,
    cost: 5,
    handle: (request, _params, store) => {
      const pipeline = request.query.get('pipeline_id');
      return cursorPage(
        request,
        store.pipelines.stages.filter(
          (stage) => pipeline === null || String(stage.pipeline_id) === pipeline,
        ),
      );
    },
  },
  {
    pattern: new RegExp(`^${V1}/leads(/archived)?$`),
    cost: 20,
    handle: (request, [archived], store) => {
      const since = request.query.get('updated_since');
      const rows = store
        .list('leads')
        .map((record) => record.data)
        .filter(
          (row) => row.is_deleted !== true && (row.is_archived === true) === Boolean(archived),
        )
        .filter(
          (row) => since === null || Date.parse(String(row.update_time)) >= Date.parse(since),
        );
      return offsetPage(request, rows);
    },
  },
  {
    pattern: new RegExp(`^${V1}/leads/([0-9a-f-]{36})$`),
    cost: 1,
    handle: (_request, [id], store) => {
      const row = store.list('leads').find((record) => record.remoteId === id);
      return row ? single(row.data) : pipedriveErrors.notFound('requested lead');
    },
  },
  {
    pattern: new RegExp(`^${V1}/(deal|person|organization|lead)Fields$`),
    cost: 20,
    handle: (request, [type], store) => offsetPage(request, store.fields[type as 'deal']),
  },
  {
    pattern: new RegExp(`^${V1}/leadLabels$`),
    cost: 20,
    handle: (_request, _params, store) => single(store.leadLabels),
  },
  {
    // The fixed list of guide §4.2.
    pattern: new RegExp(`^${V1}/leadSources$`),
    cost: 20,
    handle: () =>
      single(
        [
          'Manually created',
          'Deal',
          'Web forms',
          'Prospector',
          'Leadbooster',
          'Live chat',
          'Import',
          'Website visitors',
          'Workflow automation',
          'API',
        ].map((name) => ({ name })),
      ),
  },
  {
    pattern: new RegExp(`^${V1}/users$`),
    cost: 20,
    handle: (_request, _params, store) => single(store.list('users').map((record) => record.data)),
  },
  {
    pattern: new RegExp(`^${V1}/users/me$`),
    cost: 2,
    handle: (_request, _params, store) => single(store.list('users')[0]?.data ?? null),
  },
  {
    // Cursor `id:<offset>` like the fixture's `aWQ6NTQ0` ("id:544").
    pattern: new RegExp(`^${V1}/deals/(\\d+)/changelog$`),
    cost: 20,
    handle: (request, [id], store) => {
      const deal = store.list('deals').find((record) => String(record.remoteId) === id);
      if (!deal) return pipedriveErrors.notFound('Deal');
      const entries = store.changelogs.get(Number(id)) ?? [];
      const limit = Math.min(Number(request.query.get('limit') ?? 100) || 100, 500);
      const cursor = request.query.get('cursor');
      const start = cursor
        ? Number(Buffer.from(cursor, 'base64').toString('utf8').slice(3)) || 0
        : 0;
      const data = entries.slice(start, start + limit);
      const next =
        start + limit < entries.length
          ? Buffer.from(`id:${start + limit}`).toString('base64')
          : null;
      return { status: 200, body: { success: true, data, additional_data: { next_cursor: next } } };
    },
  },
];
