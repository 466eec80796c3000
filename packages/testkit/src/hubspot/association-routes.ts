import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { hubspotErrors } from './hubspot-errors';
import { decodeAfter, encodeAfter, readLimit } from './hubspot-paging';
import type { CrmObjectType, StoredAssociation } from './hubspot-records';
import { objectType, ok, type Route, type RouteContext } from './route-context';

const PAGE = 500;

/** A record's associations to a type: stored on it, or derived from the other side. */
function linksOf(
  context: RouteContext,
  from: CrmObjectType,
  id: string,
  to: CrmObjectType,
): StoredAssociation[] {
  const object = context.store.objects[from].get(id);
  if (!object || object.archived) return [];
  const own = object.associations[to];
  if (own) return own;
  const derived: StoredAssociation[] = [];
  for (const other of context.store.objects[to].values()) {
    if (other.archived) continue;
    for (const link of other.associations[from] ?? []) {
      if (link.toId === id)
        derived.push({ toId: other.id, typeId: link.typeId + 1, label: link.label });
    }
  }
  return derived;
}

/** A link in the v4 shape; `toObjectId` is a number as observed, a string on request. */
function present(link: StoredAssociation, context: RouteContext) {
  return {
    toObjectId: context.quirks.toObjectIdAsString ? link.toId : Number(link.toId),
    associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: link.typeId, label: link.label }],
  };
}

/** A page of links after a cursor (base64 of the last `toObjectId`). */
function pageOf(links: readonly StoredAssociation[], after: string | null, limit: number) {
  const lastId = decodeAfter(after);
  const start = lastId === null ? 0 : links.findIndex((link) => Number(link.toId) > Number(lastId));
  const page = start < 0 ? [] : links.slice(start, start + limit);
  const more = start >= 0 && start + limit < links.length;
  return {
    page,
    next: more && page.length > 0 ? encodeAfter((page.at(-1) as StoredAssociation).toId) : null,
  };
}

/** `GET /crm/v4/objects/{from}/{id}/associations/{to}` (limit ≤500). */
function listFor(
  request: FakeRequest,
  [fromName = '', id = '', toName = '']: string[],
  context: RouteContext,
): FakeResponse {
  const limit = readLimit(request.query.get('limit'), { fallback: PAGE, max: PAGE });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  const from = objectType(fromName);
  const to = objectType(toName);
  const links = from && to ? linksOf(context, from, id, to) : [];
  const { page, next } = pageOf(links, request.query.get('after'), limit);
  return ok({
    results: page.map((link) => present(link, context)),
    ...(next
      ? {
          paging: {
            next: { after: next, link: `${context.baseUrl()}${request.path}?after=${next}` },
          },
        }
      : {}),
  });
}

/**
 * `POST /crm/v4/associations/{from}/{to}/batch/read`: ≤1,000 inputs (HubSpot changelog, Feb
 * 2025), per-input `after`, `paging` only when there is more, 207 with `errors` for unknown ids.
 */
function batchRead(
  request: FakeRequest,
  [fromName = '', toName = '']: string[],
  context: RouteContext,
): FakeResponse {
  const inputs =
    ((request.body ?? {}) as { inputs?: readonly { id?: unknown; after?: unknown }[] }).inputs ??
    [];
  if (!Array.isArray(inputs) || inputs.length > 1000) {
    return hubspotErrors.validation(`inputs may hold at most 1000 items, got ${inputs.length}`);
  }
  const from = objectType(fromName);
  const to = objectType(toName);
  const results: unknown[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const id = String(input.id ?? '');
    if (!from || !to || !context.store.objects[from].has(id)) {
      missing.push(id);
      continue;
    }
    const links = linksOf(context, from, id, to);
    if (links.length === 0) continue;
    const { page, next } = pageOf(
      links,
      typeof input.after === 'string' ? input.after : null,
      PAGE,
    );
    if (context.quirks.emptyRelations && results.length === 0) {
      results.push({ from: { id } });
      continue;
    }
    results.push({
      from: { id },
      to: page.map((link) => present(link, context)),
      ...(next ? { paging: { next: { after: next } } } : {}),
    });
  }
  const now = context.clock.iso();
  const envelope = { status: 'COMPLETE', results, startedAt: now, completedAt: now };
  if (missing.length === 0) return ok(envelope);
  return ok(
    {
      ...envelope,
      numErrors: missing.length,
      errors: missing.map((id) => ({
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        message: `No ${fromName} with id ${id}`,
        context: { fromObjectId: [id] },
      })),
    },
    207,
  );
}

const VERSION = String.raw`\d{4}-\d{2}(?:-beta)?`;

/** Associations v4 in both path families. */
export const associationRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(
      `^/crm/(?:v4/objects|objects/${VERSION})/([^/]+)/([^/]+)/associations/([^/]+)$`,
    ),
    limit: 'default',
    handle: listFor,
  },
  {
    method: 'POST',
    pattern: new RegExp(
      `^/crm/(?:v4/associations|associations/${VERSION})/([^/]+)/([^/]+)/batch/read$`,
    ),
    limit: 'default',
    handle: batchRead,
  },
];
