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

/** Longest search request body HubSpot accepts (search guide, "Limitations"). */
const MAX_BODY_CHARACTERS = 3000;

/** Search's hard ceiling: paging past 10,000 results is a 400 (hubspot-api-nodejs#132). */
const MAX_RESULTS = 10_000;

/**
 * `POST /crm/v3/objects/{type}/search` (guide §2.4): filter groups OR-ed, filters AND-ed,
 * at most 5 groups, 10 filters each and 25 in all; one sort; `limit` ≤200; `after` a numeric
 * offset; a 400 past 10,000 results and for a body over 3,000 characters; `total`; never archived records; no associations and no
 * property history; records changed within `searchLagMs` not yet visible.
 */
function search(
  request: FakeRequest,
  [typeName = '']: string[],
  context: RouteContext,
): FakeResponse {
  const body = (request.body ?? {}) as SearchBody;
  // The search guide's limit on the request body (Limitations section).
  if (JSON.stringify(request.body ?? {}).length > MAX_BODY_CHARACTERS) {
    return hubspotErrors.validation(
      `The search request body must be at most ${MAX_BODY_CHARACTERS} characters.`,
    );
  }
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
  const visible = (object: StoredObject) =>
    !object.archived && Date.parse(object.updatedAt) <= visibleUntil;
  const passes = (object: StoredObject) =>
    predicates.length === 0 ||
    predicates.some((all) => all.every((test) => test(object.properties)));
  const order = context.store.order[type];
  let page: StoredObject[];
  let total: number;
  if (sortsByIdAscending(body.sorts?.[0]) && ascending(order)) {
    // Id-range fast path (what id-windowed sync sends): ids are kept in ascending order, so
    // start at the `hs_object_id` floor, stop once the page and one more match are found, and
    // never sort. `total` is then exact only when the scan reached the end; otherwise it is an
    // upper bound (matches so far plus the ids not scanned), which id-paging clients ignore.
    page = [];
    total = 0;
    let index = lowerBound(order, idFloor(groups));
    for (; index < order.length && total <= offset + limit; index++) {
      const object = context.store.objects[type].get(order[index] as string) as StoredObject;
      if (!visible(object) || !passes(object)) continue;
      if (total >= offset && total < offset + limit) page.push(object);
      total++;
    }
    total += order.length - index;
  } else {
    const matches: StoredObject[] = [];
    for (const id of order) {
      const object = context.store.objects[type].get(id) as StoredObject;
      if (visible(object) && passes(object)) matches.push(object);
    }
    const sort = compileSort(body.sorts?.[0]);
    if (sort)
      matches.sort((a, b) => sort(a.properties, b.properties) || Number(a.id) - Number(b.id));
    page = matches.slice(offset, offset + limit);
    total = matches.length;
  }
  const next = offset + limit < total ? String(offset + limit) : null;
  const options = { properties: body.properties ?? null, quirks: context.quirks };
  const lastContact = type === 'contacts' ? order.at(-1) : undefined;
  const results = page.map((object, index) => {
    const presented = presentObject(object, options);
    if (context.quirks.missingField && object.id === lastContact) delete presented.properties;
    if (context.quirks.missingId && type === 'contacts' && index === page.length - 1)
      delete presented.id;
    return presented;
  });
  return ok({
    total,
    results,
    ...(next
      ? {
          paging: {
            next: { after: next, link: `${context.baseUrl()}${request.path}?after=${next}` },
          },
        }
      : {}),
  });
}

/** Whether a sort is `hs_object_id` ascending (or absent: insertion order is id order). */
function sortsByIdAscending(sort: unknown): boolean {
  if (sort === undefined) return true;
  const rule =
    typeof sort === 'string'
      ? { propertyName: sort, direction: 'ASCENDING' }
      : (sort as { propertyName?: unknown; direction?: unknown } | null);
  return rule?.propertyName === 'hs_object_id' && rule.direction !== 'DESCENDING';
}

/** Whether ids are in ascending numeric order (true unless a test inserted out of order). */
function ascending(order: readonly string[]): boolean {
  for (let index = 1; index < order.length; index++)
    if (Number(order[index - 1]) > Number(order[index])) return false;
  return true;
}

/** The lowest id every filter group admits through an `hs_object_id` GT/GTE bound; 0 if one has none. */
function idFloor(groups: readonly { readonly filters?: readonly SearchFilter[] }[]): number {
  let floor = Number.POSITIVE_INFINITY;
  for (const group of groups) {
    const bound = group.filters?.find(
      (filter) =>
        filter.propertyName === 'hs_object_id' &&
        (filter.operator === 'GT' || filter.operator === 'GTE'),
    );
    const value = Number(bound?.value);
    if (!bound || !Number.isFinite(value)) return 0;
    floor = Math.min(floor, value);
  }
  return Number.isFinite(floor) ? floor : 0;
}

/** The first index whose id is at least `floor` (ids ascending). */
function lowerBound(order: readonly string[], floor: number): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (Number(order[middle]) < floor) low = middle + 1;
    else high = middle;
  }
  return low;
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
