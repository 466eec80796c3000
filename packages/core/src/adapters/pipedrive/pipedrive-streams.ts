import type { JsonValue } from '../contract/crm-adapter-v1';
import {
  mapPipedriveOrganization,
  mapPipedrivePerson,
  mapPipedriveUser,
} from './map-pipedrive-contacts';
import {
  mapPipedriveChangelog,
  mapPipedriveDeal,
  mapPipedrivePipeline,
} from './map-pipedrive-deal';
import { mapPipedriveActivity, mapPipedriveLead } from './map-pipedrive-lead';
import type {
  PipedriveActivity,
  PipedriveDeal,
  PipedriveLead,
  PipedriveOrganization,
  PipedrivePerson,
  PipedrivePipeline,
  PipedriveStage,
  PipedriveUser,
} from './pipedrive-api-types';
import { pipedriveId } from './pipedrive-mapping-context';
import { type PipedriveStream, type PipedriveSyncContext, rfc3339 } from './pipedrive-sync-context';
import { windowStream } from './window-stream';

/** Whether a record's timestamp falls in the pass window [since, until]. */
function inWindow(context: PipedriveSyncContext, at: string | null | undefined): boolean {
  const time = at ? Date.parse(at.includes('T') ? at : `${at.replace(' ', 'T')}Z`) : Number.NaN;
  if (Number.isNaN(time)) return context.since === null;
  const since = context.since === null ? Number.NEGATIVE_INFINITY : Date.parse(context.since);
  return time >= since && time <= Date.parse(context.until);
}

// Users and pipelines are small and have no updated-since filter: each is read whole and
// emitted as one batch, keeping in an incremental pass only what changed since it began.

/** `GET /v1/users` (all users, active and not). */
export const usersStream: PipedriveStream = async function* (context) {
  const mapping = await context.mapping();
  const users = await context.api.allOffset<PipedriveUser>('/api/v1/users');
  const records = users
    .filter((user) => context.since === null || inWindow(context, user.modified ?? user.created))
    .map((user) => mapPipedriveUser(user, mapping));
  yield { entity: 'users', records, position: null, done: true };
};

/** `GET /api/v2/pipelines` and `GET /api/v2/stages`. */
export const pipelinesStream: PipedriveStream = async function* (context) {
  const mapping = await context.mapping();
  const pipelines = await context.api.allCursor<PipedrivePipeline>('/api/v2/pipelines');
  const stages = await context.api.allCursor<PipedriveStage>('/api/v2/stages');
  const records = pipelines
    .filter((pipeline) => pipeline.is_deleted !== true)
    .filter((pipeline) => context.since === null || inWindow(context, pipeline.update_time))
    .map((pipeline) =>
      mapPipedrivePipeline(
        pipeline,
        // Deleted stages stay, archived: deals and history may still name them.
        stages.filter((stage) => stage.pipeline_id === pipeline.id),
        mapping,
      ),
    )
    .filter((pipeline) => pipeline.stages.length > 0);
  yield { entity: 'pipelines', records, position: null, done: true };
};

/** v2 organizations in the window. */
export const organizationsStream = windowStream<PipedriveOrganization>(
  '/api/v2/organizations',
  async (page, _context, mapping) => ({
    entity: 'accounts',
    records: page.map((organization) => mapPipedriveOrganization(organization, mapping)),
  }),
  {},
  { entity: 'accounts', collection: 'organizations', documented: ['add_time'] },
);

/** v2 persons in the window. */
export const personsStream = windowStream<PipedrivePerson>(
  '/api/v2/persons',
  async (page, _context, mapping) => ({
    entity: 'people',
    records: page.map((person) => mapPipedrivePerson(person, mapping)),
  }),
  {},
  { entity: 'people', collection: 'persons', documented: ['add_time'] },
);

/** v2 deals in the window (open, won and lost; not archived). */
export const dealsStream = windowStream<PipedriveDeal>(
  '/api/v2/deals',
  async (page, _context, mapping) => ({
    entity: 'deals',
    records: page.map((deal) => mapPipedriveDeal(deal, mapping)),
  }),
  {},
  { entity: 'deals', collection: 'deals', documented: ['add_time'] },
);

/** Archived deals in the window: the plain list leaves them out (`GET /api/v2/deals/archived`, cost 20). */
export const archivedDealsStream = windowStream<PipedriveDeal>(
  '/api/v2/deals/archived',
  async (page, _context, mapping) => ({
    entity: 'deals',
    records: page.map((deal) => mapPipedriveDeal(deal, mapping)),
  }),
  {},
  { entity: 'deals', collection: 'deals', documented: ['add_time'] },
);

/**
 * The changelog of each deal updated in the window (`GET /v1/deals/{id}/changelog`, one
 * call per deal, guide §4.6): a second walk over the same deals, so a crash between a page
 * of deals and their changes resumes without a multi-entity position.
 */
export const dealChangesStream = windowStream<PipedriveDeal>(
  '/api/v2/deals',
  async (page, context, mapping) => {
    const records = [];
    for (const deal of page)
      records.push(
        ...mapPipedriveChangelog(deal.id, await context.api.dealChangelog(deal.id), mapping),
      );
    return { entity: 'changes', records };
  },
);

/** Deals deleted in the window (`status=deleted`, kept 30 days by Pipedrive; guide §4.2). */
export const deletedDealsStream = windowStream<PipedriveDeal>(
  '/api/v2/deals',
  async (page) => ({
    entity: 'deals',
    records: [],
    deleted: page.map((deal) => pipedriveId('deals', deal.id)),
  }),
  { status: 'deleted' },
);

/** v2 activities in the window. */
export const activitiesStream = windowStream<PipedriveActivity>(
  '/api/v2/activities',
  async (page, _context, mapping) => ({
    entity: 'activities',
    records: page.map((activity) => mapPipedriveActivity(activity, mapping)),
  }),
  {},
  { entity: 'activities', collection: 'activities' },
);

/**
 * v1 leads (`start`/`limit`, oldest first by creation, so new leads append and offsets hold):
 * `/v1/leads` (not archived) or `/v1/leads/archived`. Incremental passes send
 * `updated_since`, which the current v1 spec has (pipedrive npm 33 `LeadsApi.getLeads`),
 * and every pass keeps only leads updated in its window. The position is the next offset.
 */
export function leadsStream(path: '/api/v1/leads' | '/api/v1/leads/archived'): PipedriveStream {
  return async function* (context, position) {
    const mapping = await context.mapping();
    const from = (position as { start?: unknown } | null)?.start;
    let start = typeof from === 'number' ? from : 0;
    for (;;) {
      const page = await context.api.offsetPage<PipedriveLead>(path, {
        start,
        limit: context.pageSize,
        ...(context.since ? { updated_since: rfc3339(context.since) } : {}),
      });
      const records = page.data
        .filter((lead) => inWindow(context, lead.update_time ?? lead.add_time))
        .map((lead) => mapPipedriveLead(lead, mapping));
      const done = page.nextStart === null;
      start = page.nextStart ?? start + page.data.length;
      yield { entity: 'leads', records, position: { start } satisfies JsonValue, done };
      if (done) return;
    }
  };
}
