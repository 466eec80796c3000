import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { hubspotErrors } from './hubspot-errors';
import { decodeAfter, encodeAfter, indexAfter, nextPaging, readLimit } from './hubspot-paging';
import type { CrmObjectType, StoredObject } from './hubspot-records';
import { listParam, presentObject } from './present-object';
import { objectType, ok, type Route, type RouteContext } from './route-context';

/** `GET /crm/v3/objects/{type}`: id order, opaque `after`, limit ≤100 and ≤50 with history. */
function list(
  request: FakeRequest,
  [typeName = '']: string[],
  context: RouteContext,
): FakeResponse {
  const { query } = request;
  const history = listParam(query, 'propertiesWithHistory') ?? [];
  // With history the limit is 50 (hubspot-api-python#143, dlt-hub/verified-sources#206).
  const max = history.length > 0 ? 50 : 100;
  const limit = readLimit(query.get('limit'), { fallback: 10, max });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  const type = objectType(typeName);
  if (!type) return ok({ results: [] });
  const archived = query.get('archived') === 'true';
  const ids = context.store.order[type];
  const objects = context.store.objects[type];
  const results: StoredObject[] = [];
  let index = indexAfter(ids, decodeAfter(query.get('after')));
  for (; index < ids.length && results.length < limit; index++) {
    const object = objects.get(ids[index] as string) as StoredObject;
    if (object.archived === archived) results.push(object);
  }
  while (
    index < ids.length &&
    (objects.get(ids[index] as string) as StoredObject).archived !== archived
  )
    index++;
  const last = results.at(-1);
  const options = {
    properties: listParam(query, 'properties'),
    history,
    associations: (listParam(query, 'associations') ?? []).flatMap(
      (name) => objectType(name) ?? [],
    ),
    quirks: context.quirks,
  };
  return ok({
    results: results.map((object) => presentObject(object, options)),
    ...nextPaging(
      context.baseUrl(),
      request.path,
      index < ids.length && last ? encodeAfter(last.id) : null,
    ),
  });
}

function findBy(
  type: CrmObjectType,
  value: string,
  idProperty: string | null,
  context: RouteContext,
): StoredObject | undefined {
  const objects = context.store.objects[type];
  if (!idProperty || idProperty === 'hs_object_id') return objects.get(value);
  if (type === 'contacts' && idProperty === 'email') return context.store.contactByEmail(value);
  const wanted = value.toLowerCase();
  for (const object of objects.values()) {
    if (!object.archived && object.properties[idProperty]?.toLowerCase() === wanted) return object;
  }
  return undefined;
}

/** `GET /crm/v3/objects/{type}/{id}` (with `idProperty=email`). */
function get(
  request: FakeRequest,
  [typeName = '', id = '']: string[],
  context: RouteContext,
): FakeResponse {
  const type = objectType(typeName);
  const object = type
    ? findBy(type, decodeURIComponent(id), request.query.get('idProperty'), context)
    : undefined;
  if (!object || object.archived !== (request.query.get('archived') === 'true')) {
    return hubspotErrors.notFound(`Object not found.  objectId are usually numeric.`);
  }
  return ok(
    presentObject(object, {
      properties: listParam(request.query, 'properties'),
      history: listParam(request.query, 'propertiesWithHistory') ?? [],
      associations: (listParam(request.query, 'associations') ?? []).flatMap(
        (name) => objectType(name) ?? [],
      ),
      quirks: context.quirks,
    }),
  );
}

interface BatchReadBody {
  readonly inputs?: readonly { readonly id?: unknown }[];
  readonly properties?: readonly string[];
  readonly propertiesWithHistory?: readonly string[];
  readonly idProperty?: string;
}

/** `POST /crm/v3/objects/{type}/batch/read`: ≤100 inputs; 207 with `errors` for missing ids. */
function batchRead(
  request: FakeRequest,
  [typeName = '']: string[],
  context: RouteContext,
): FakeResponse {
  const body = (request.body ?? {}) as BatchReadBody;
  const inputs = body.inputs ?? [];
  if (!Array.isArray(inputs) || inputs.length > 100) {
    return hubspotErrors.validation(`inputs may hold at most 100 items, got ${inputs.length}`);
  }
  const type = objectType(typeName);
  const archived = request.query.get('archived') === 'true';
  const options = {
    properties: body.properties ?? null,
    history: context.quirks.withoutHistory ? [] : (body.propertiesWithHistory ?? []),
    quirks: context.quirks,
  };
  const results: unknown[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const id = String(input.id ?? '');
    const object = type ? findBy(type, id, body.idProperty ?? null, context) : undefined;
    if (object && object.archived === archived) results.push(presentObject(object, options));
    else missing.push(id);
  }
  const now = context.clock.iso();
  const envelope = {
    status: 'COMPLETE',
    results,
    requestedAt: now,
    startedAt: now,
    completedAt: now,
  };
  if (missing.length === 0) return ok(envelope);
  return ok(
    {
      ...envelope,
      numErrors: 1,
      errors: [
        {
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          message: 'Could not get some objects, they may be deleted or not exist.',
          context: { ids: missing },
        },
      ],
    },
    207,
  );
}

const OBJECTS = String.raw`/crm/(?:v3/objects|objects/\d{4}-\d{2}(?:-beta)?)/([^/]+)`;

/** The CRM object routes in both path families (`/crm/v3/objects/...`, `/crm/objects/{version}/...`). */
export const objectRoutes: readonly Route[] = [
  { method: 'GET', pattern: new RegExp(`^${OBJECTS}$`), limit: 'default', handle: list },
  {
    method: 'POST',
    pattern: new RegExp(`^${OBJECTS}/batch/read$`),
    limit: 'default',
    handle: batchRead,
  },
  { method: 'GET', pattern: new RegExp(`^${OBJECTS}/([^/]+)$`), limit: 'default', handle: get },
];
