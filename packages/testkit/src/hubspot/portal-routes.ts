import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { hubspotErrors } from './hubspot-errors';
import { decodeAfter, encodeAfter, indexAfter, nextPaging, readLimit } from './hubspot-paging';
import { ok, type Route, type RouteContext } from './route-context';

/** `GET /crm/v3/owners`: PERSON and QUEUE owners, limit ≤500 (HubSpot changelog on owners v2 sunset). */
function owners(
  request: FakeRequest,
  _params: readonly string[],
  context: RouteContext,
): FakeResponse {
  const limit = readLimit(request.query.get('limit'), { fallback: 100, max: 500 });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  const archived = request.query.get('archived') === 'true';
  const email = request.query.get('email');
  const all = context.store.owners.filter(
    (owner) =>
      owner.archived === archived && (!email || owner.email?.toLowerCase() === email.toLowerCase()),
  );
  const start = indexAfter(
    all.map((owner) => owner.id),
    decodeAfter(request.query.get('after')),
  );
  const page = all.slice(start, start + limit);
  const more = start + limit < all.length;
  const last = page.at(-1);
  return ok({
    results: page,
    ...nextPaging(context.baseUrl(), request.path, more && last ? encodeAfter(last.id) : null),
  });
}

/** `GET /crm/v3/pipelines/deals`: stage metadata values are strings. */
function pipelines(
  _request: FakeRequest,
  [type = '']: string[],
  context: RouteContext,
): FakeResponse {
  return ok({ results: type === 'deals' || type === '0-3' ? context.store.pipelines : [] });
}

const VERSION = String.raw`\d{4}-\d{2}(?:-beta)?`;

/** Owners and pipelines, in both path families (the dated paths are assumed, see the adapter's paths). */
export const portalRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/crm/(?:v3/owners|owners/${VERSION})/?$`),
    limit: 'default',
    handle: owners,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/crm/(?:v3/pipelines|pipelines/${VERSION})/([^/]+)$`),
    limit: 'default',
    handle: pipelines,
  },
];
