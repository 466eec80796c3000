import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { hubspotErrors } from './hubspot-errors';
import { readLimit } from './hubspot-paging';
import { listParam } from './present-object';
import { ok, type Route, type RouteContext } from './route-context';

/** An opaque offset cursor for lists not ordered by numeric id. */
const offsetCursor = {
  encode: (offset: number) => Buffer.from(`o:${offset}`).toString('base64url'),
  decode: (cursor: string | null) => {
    const match = /^o:(\d+)$/.exec(cursor ? Buffer.from(cursor, 'base64url').toString() : '');
    return match ? Number(match[1]) : 0;
  },
};

function paged<T>(request: FakeRequest, context: RouteContext, items: readonly T[], limit: number) {
  const offset = offsetCursor.decode(request.query.get('after'));
  const page = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? offsetCursor.encode(offset + limit) : null;
  const paging = next
    ? {
        paging: {
          next: { after: next, link: `${context.baseUrl()}${request.path}?after=${next}` },
        },
      }
    : {};
  return { page, paging };
}

/** `GET /marketing/v3/campaigns` (spec `CollectionResponseWithTotalPublicCampaign`). */
function campaigns(
  request: FakeRequest,
  _params: readonly string[],
  context: RouteContext,
): FakeResponse {
  const limit = readLimit(request.query.get('limit'), { fallback: 50, max: 100 });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  const names = listParam(request.query, 'properties') ?? ['hs_name'];
  const { page, paging } = paged(request, context, context.store.campaigns, limit);
  return ok({
    total: context.store.campaigns.length,
    results: page.map((campaign) => ({
      id: campaign.id,
      properties: Object.fromEntries(
        names.map((name) => [name, campaign.properties[name] ?? null]),
      ),
      createdAt: campaign.createdAt,
      updatedAt: campaign.updatedAt,
      businessUnits: [{ id: 0 }],
    })),
    ...paging,
  });
}

/** `GET /marketing/v3/forms`. */
function forms(
  request: FakeRequest,
  _params: readonly string[],
  context: RouteContext,
): FakeResponse {
  const limit = readLimit(request.query.get('limit'), { fallback: 20, max: 50 });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  const { page, paging } = paged(request, context, context.store.forms, limit);
  return ok({
    results: page.map((form) => ({
      id: form.id,
      name: form.name,
      formType: 'hubspot',
      createdAt: form.createdAt,
      updatedAt: form.createdAt,
      archived: false,
    })),
    ...paging,
  });
}

/** `GET /form-integrations/v1/submissions/forms/{guid}`: newest first, limit 1–50 (default 20). */
function submissions(
  request: FakeRequest,
  [formId = '']: string[],
  context: RouteContext,
): FakeResponse {
  const limit = readLimit(request.query.get('limit'), { fallback: 20, max: 50 });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  if (!context.store.forms.some((form) => form.id === formId))
    return hubspotErrors.notFound(`form ${formId} does not exist`);
  const { page, paging } = paged(
    request,
    context,
    context.store.submissions.get(formId) ?? [],
    limit,
  );
  return ok({ results: page, ...paging });
}

/**
 * `GET /email/public/v1/events`: newest first between `startTimestamp` and `endTimestamp`
 * (inclusive, epoch ms), `limit` ≤1000, `offset` token and `hasMore` (legacy v1 shape).
 */
function emailEvents(
  request: FakeRequest,
  _params: readonly string[],
  context: RouteContext,
): FakeResponse {
  const { query } = request;
  const limit = readLimit(query.get('limit'), { fallback: 100, max: 1000 });
  if (typeof limit === 'string') return hubspotErrors.validation(limit);
  const start = Number(query.get('startTimestamp') ?? Number.NEGATIVE_INFINITY);
  const end = Number(query.get('endTimestamp') ?? Number.POSITIVE_INFINITY);
  const type = query.get('eventType');
  const recipient = query.get('recipient')?.toLowerCase();
  const matching = context.store.emailEvents.filter(
    (event) =>
      event.created >= start &&
      event.created <= end &&
      (!type || event.type === type) &&
      (!recipient || event.recipient.toLowerCase() === recipient),
  );
  const offset = offsetCursor.decode(query.get('offset'));
  const page = matching.slice(offset, offset + limit);
  const hasMore = offset + limit < matching.length;
  return ok({
    hasMore,
    offset: offsetCursor.encode(hasMore ? offset + limit : matching.length),
    events: page.map((event) => ({
      ...event,
      portalId: 6748263,
      appId: 113,
      appName: 'BatchTest',
      sentBy: { id: `sent-${event.emailCampaignId}`, created: event.created },
    })),
  });
}

/** Campaigns, forms, form submissions and email events (legacy v1 where no dated version exists). */
export const marketingRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/marketing\/v3\/campaigns\/?$/,
    limit: 'default',
    handle: campaigns,
  },
  { method: 'GET', pattern: /^\/marketing\/v3\/forms\/?$/, limit: 'default', handle: forms },
  {
    method: 'GET',
    pattern: /^\/form-integrations\/v1\/submissions\/forms\/([^/]+)$/,
    limit: 'default',
    handle: submissions,
  },
  {
    method: 'GET',
    pattern: /^\/email\/public\/v1\/events\/?$/,
    limit: 'default',
    handle: emailEvents,
  },
];
