import { hubspotId } from './hubspot-mapping-context';
import type { HubSpotObjectType } from './hubspot-paths';
import type { HubSpotStream } from './hubspot-sync-context';
import { OBJECT_PAGE_MAPPERS } from './object-page-mappers';

/**
 * Records archived (deleted) since the pass's `since`, as `deleted` ids. Search never returns
 * archived records, so they are listed with `archived=true` (guide §2.4). The list is in id
 * order: a resumed stream lists again and skips ids up to the last one handed out.
 */
export function deletedStream(type: HubSpotObjectType): HubSpotStream {
  const { entity } = OBJECT_PAGE_MAPPERS[type];
  return async function* (context, position) {
    const resumeAfter = typeof position === 'string' ? Number(position) : Number.NEGATIVE_INFINITY;
    const since = context.since === null ? Number.NEGATIVE_INFINITY : Date.parse(context.since);
    let after: string | undefined;
    let lastId = typeof position === 'string' ? position : null;
    do {
      const page = await context.api.archived(type, after);
      after = page.paging?.next?.after;
      const deleted: string[] = [];
      for (const object of page.results) {
        if (Number(object.id) <= resumeAfter) continue;
        lastId = object.id;
        const archivedAt = Date.parse(object.archivedAt ?? object.updatedAt ?? '');
        if (!(archivedAt < since)) deleted.push(hubspotId(type, object.id));
      }
      if (deleted.length > 0 || !after) {
        yield { entity, records: [], deleted, position: lastId, done: !after };
      }
    } while (after);
  };
}
