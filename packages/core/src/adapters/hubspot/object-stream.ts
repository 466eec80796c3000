import type { JsonValue } from '../contract/crm-adapter-v1';
import { CrmResponseError } from '../contract/crm-transport-errors';
import type { StreamPart } from '../contract/run-streams';
import { checkObjects } from './hubspot-object-shape';
import type { HubSpotObjectType } from './hubspot-paths';
import type { HubSpotStream } from './hubspot-sync-context';
import { OBJECT_PAGE_MAPPERS } from './object-page-mappers';

/**
 * Where an object stream stands: every id up to `after` is emitted; when a page was cut
 * short by a crash, `through` is its last id and `emitted` how many of its batches (people,
 * then changes) were already handed out.
 */
interface ObjectPosition {
  readonly after: string | null;
  readonly through?: string;
  readonly emitted?: number;
}

function readPosition(position: JsonValue | undefined): ObjectPosition {
  const value = (position ?? {}) as { after?: unknown; through?: unknown; emitted?: unknown };
  return {
    after: typeof value.after === 'string' ? value.after : null,
    ...(typeof value.through === 'string' ? { through: value.through } : {}),
    ...(typeof value.emitted === 'number' ? { emitted: value.emitted } : {}),
  };
}

function positionValue(
  after: string | null,
  cut?: { through: string; emitted: number },
): JsonValue {
  return cut ? { after, through: cut.through, emitted: cut.emitted } : { after };
}

/**
 * Contacts, companies or deals modified in the pass window, page by page in id order. Each
 * page is a fresh search bounded by ids, so resuming never repeats or skips a record: a
 * record modified during the pass leaves the window (`until`) and comes in the next pass.
 */
export function objectStream(type: HubSpotObjectType): HubSpotStream {
  const mapper = OBJECT_PAGE_MAPPERS[type];
  return async function* (context, position) {
    let { after, through = null, emitted = 0 } = { through: null, ...readPosition(position) };
    const properties = await mapper.properties(context);
    for (;;) {
      const results = await context.api.searchPage(type, {
        afterId: after,
        throughId: through,
        since: context.since,
        until: context.until,
        properties,
        limit: context.pageSize,
      });
      const { objects, rejected, lastId } = checkObjects(type, results);
      if (results.length === 0) {
        yield {
          entity: mapper.entity,
          records: [],
          position: positionValue(after),
          done: true,
        } satisfies StreamPart;
        return;
      }
      const done = through === null && results.length < context.pageSize;
      // Paging is by id: a page whose results carry no id cannot be paged past. Re-reading
      // it from the same bound would hand the same records out forever.
      if (lastId === null) {
        if (!done) throw pageWithoutIds(context, type);
        yield {
          entity: mapper.entity,
          records: [],
          rejected,
          position: positionValue(after),
          done,
        };
        return;
      }
      const pageEnd = through ?? lastId;
      const groups = await mapper.map(context, objects);
      for (const [index, group] of groups.entries()) {
        if (index < emitted) continue;
        const final = index === groups.length - 1;
        yield {
          entity: group.entity,
          records: group.records,
          ...(index === 0 && rejected.length > 0 ? { rejected } : {}),
          ...(group.findings ? { findings: group.findings } : {}),
          position: final
            ? positionValue(pageEnd)
            : positionValue(after, { through: pageEnd, emitted: index + 1 }),
          done: final && done,
        };
      }
      if (done) return;
      after = pageEnd;
      through = null;
      emitted = 0;
    }
  };
}

function pageWithoutIds(context: Parameters<HubSpotStream>[0], type: HubSpotObjectType) {
  return new CrmResponseError({
    crm: 'hubspot',
    endpoint: `${type}/search`,
    status: 200,
    reason: 'unexpected_shape',
    detail: 'a full search page without record ids: cannot page past it by id',
    redactor: context.api.redactor,
  });
}
