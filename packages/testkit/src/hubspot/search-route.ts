import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { hubspotErrors } from './hubspot-errors';
import type { StoredObject } from './hubspot-records';
import { presentObject } from './present-object';
import { objectType, ok, type Route, type RouteContext } from './route-context';
import { compileFilter, compileSort, filterProblem, type SearchFilter } from './search-filters';

interface SearchBody {
  readonly filterGroups?: readonly { readonly filters?: readonly SearchFilter[] }[];
  readonly sorts?: readonly unknown[];
  readonly properties?: readonly string[];
  readonly limit?: unknown;
  readonly after?: unknown;
}

/** Search's hard ceiling: paging past 10,000 results is a 400 (hubspot-api-nodejs#132). */
const MAX_RESULTS = 10_000;

/**
 * `POST /crm/v3/objects/{type}/search` (guide §2.4): filter groups OR-ed, filters AND-ed,
 * at most 5 groups, 10 filters each and 25 in all; one sort; `limit` ≤200; `after` a numeric
 * offset; a 400 past 10,000 results; `total`; never archived records; no associations and no
 * property history; records changed within `searchLagMs` not yet visible.
 */
function search(
  request: FakeRequest,
  [typeName = '']: string[],
  context: RouteContext,
): FakeResponse {
  const body = (request.body ?? {}) as SearchBody;
  const groups = body.filterGroups ?? [];
  const filterCount = groups.reduce((sum, group) => sum + (group.filters?.length ?? 0), 0);
  if (
    groups.length > 5 ||
    groups.some((group) => (group.filters?.length ?? 0) > 10) ||
    filterCount > 25
  ) {
    return hubspotErrors.validation(
      'Search allows at most 5 filterGroups, 10 filters per group and 25 filters in total.',
    );
  }
  const problem = groups
    .flatMap((group) => group.filters ?? [])
    .map(filterProblem)
    .find(Boolean);
  if (problem) return hubspotErrors.validation(problem);
  const limit = body.limit === undefined ? 10 : Number(body.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    return hubspotErrors.validation(
      `limit must be an integer from 1 to 200, got ${String(body.limit)}`,
    );
  }
  const offset = body.after === undefined || body.after === '' ? 0 : Number(body.after);
  if (!Number.isInteger(offset) || offset < 0)
    return hubspotErrors.validation(`after must be a numeric offset`);
  if (offset + limit > MAX_RESULTS) {
    return hubspotErrors.validation(
      `Search results are limited to ${MAX_RESULTS}: offset ${offset} with limit ${limit} goes past it.`,
    );
  }
  const type = objectType(typeName);
  if (!type) return ok({ total: 0, results: [] });
  const predicates = groups.map((group) => (group.filters ?? []).map(compileFilter));
  const visibleUntil = context.clock.now() - (context.quirks.searchLagMs ?? 0);
  const matches: StoredObject[] = [];
  for (const id of context.store.order[type]) {
    const object = context.store.objects[type].get(id) as StoredObject;
    if (object.archived || Date.parse(object.updatedAt) > visibleUntil) continue;
    if (
      predicates.length === 0 ||
      predicates.some((all) => all.every((test) => test(object.properties)))
    ) {
      matches.push(object);
    }
  }
  const sort = compileSort(body.sorts?.[0]);
  if (sort) matches.sort((a, b) => sort(a.properties, b.properties) || Number(a.id) - Number(b.id));
  const page = matches.slice(offset, offset + limit);
  const next = offset + limit < matches.length ? String(offset + limit) : null;
  const options = { properties: body.properties ?? null, quirks: context.quirks };
  return ok({
    total: matches.length,
    results: page.map((object) => presentObject(object, options)),
    ...(next
      ? {
          paging: {
            next: { after: next, link: `${context.baseUrl()}${request.path}?after=${next}` },
          },
        }
      : {}),
  });
}

/** Search in both path families. */
export const searchRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/crm\/(?:v3\/objects|objects\/\d{4}-\d{2}(?:-beta)?)\/([^/]+)\/search$/,
    limit: 'search',
    handle: search,
  },
];
