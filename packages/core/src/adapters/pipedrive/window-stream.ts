import type { EntityName } from '../../model/dataset';
import { recordIssue } from '../../model/rejection';
import type { JsonValue } from '../contract/crm-adapter-v1';
import type { StreamPart } from '../contract/run-streams';
import { type CrmRejection, crmFindings } from '../contract/sync-findings';
import type { PipedriveMappingContext } from './pipedrive-mapping-context';
import { pipedriveId } from './pipedrive-mapping-context';
import { type PipedriveStream, type PipedriveSyncContext, rfc3339 } from './pipedrive-sync-context';

/**
 * Where a windowed v2 stream stands: every record updated before `time` is emitted, and so
 * are `ids` updated exactly at `time`. Never the provider's cursor, which is opaque
 * (guide §4.3, §7.4).
 */
interface WindowPosition {
  readonly time: string | null;
  readonly ids: readonly number[];
}

function readPosition(position: JsonValue | undefined): WindowPosition {
  const value = (position ?? {}) as { time?: unknown; ids?: unknown };
  return {
    time: typeof value.time === 'string' ? value.time : null,
    ids: Array.isArray(value.ids) ? value.ids.filter((id) => typeof id === 'number') : [],
  };
}

/** What a stream's records are, for rejections and findings of odd records. */
export interface WindowRecords {
  readonly entity: EntityName;
  /** Pipedrive's collection, as in normalized ids (`persons`). */
  readonly collection: string;
  /** Fields every record carries (`add_time`); a record without one is kept with `value_missing`. */
  readonly documented?: readonly string[];
}

/** Splits a page: records without a numeric id are rejected; the rest kept, odd ones noted. */
function checkPage<T>(page: readonly T[], shape: WindowRecords | undefined) {
  const kept: T[] = [];
  const rejected: CrmRejection[] = [];
  const findings = crmFindings();
  page.forEach((record, index) => {
    const id: unknown = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
      // Streams that re-walk records another stream emits (changelogs, deletions) skip them.
      if (shape)
        rejected.push({
          entity: shape.entity,
          id: null,
          origin: `pipedrive ${shape.collection} (no id)`,
          issues: [
            recordIssue('schema', ['id'], `Pipedrive ${shape.collection} item ${index} has no id`),
          ],
          record,
        });
      return;
    }
    if (shape?.documented?.some((field) => !(field in (record as object))))
      findings.add('value_missing', pipedriveId(shape.collection, id));
    kept.push(record);
  });
  return { kept, rejected, findings: findings.list() };
}

/** A v2 record as the window needs it. */
interface Updated {
  readonly id: number;
  readonly update_time?: string | null;
}

/** How a windowed stream turns a page into batches (one or more entities). */
export type WindowPageMapper<T> = (
  page: readonly T[],
  context: PipedriveSyncContext,
  mapping: PipedriveMappingContext,
) => Promise<Pick<StreamPart, 'entity' | 'records' | 'deleted'>>;

/**
 * A v2 list read in the pass window: `updated_since`/`updated_until` bound it,
 * `sort_by=update_time` orders it (https://developers.pipedrive.com/docs/api/v1/Deals#getDeals,
 * v2 parameters; guide §4.6), the cursor walks it within one call, and the position
 * (last update time and the ids seen at it) resumes it. A record updated during the pass
 * leaves the window and comes in the next pass.
 */
export function windowStream<T extends Updated>(
  path: string,
  map: WindowPageMapper<T>,
  extra: Readonly<Record<string, string>> = {},
  shape?: WindowRecords,
): PipedriveStream {
  return async function* (context, position) {
    const mapping = await context.mapping();
    let { time, ids } = readPosition(position);
    const since = time ?? context.since;
    let cursor: string | undefined;
    for (;;) {
      const page = await context.api.cursorPage<T>(path, {
        ...extra,
        ...(since ? { updated_since: rfc3339(since) } : {}),
        // Exclusive and whole seconds: the next second keeps `until` itself in the pass.
        updated_until: rfc3339(new Date(Date.parse(context.until) + 1000).toISOString()),
        sort_by: 'update_time',
        sort_direction: 'asc',
        limit: context.pageSize,
        cursor,
      });
      const seen = new Set(ids);
      const checked = checkPage(page.data, shape);
      const fresh = checked.kept.filter(
        (record) => !(record.update_time && record.update_time === time && seen.has(record.id)),
      );
      for (const record of fresh) {
        const at = record.update_time ?? time;
        if (at !== time) {
          time = at ?? null;
          ids = [];
        }
        ids = [...ids, record.id];
      }
      cursor = page.nextCursor ?? undefined;
      const part = await map(fresh, context, mapping);
      yield {
        ...part,
        ...(checked.rejected.length > 0 ? { rejected: checked.rejected } : {}),
        ...(checked.findings.length > 0 ? { findings: checked.findings } : {}),
        position: { time, ids },
        done: cursor === undefined,
      };
      if (cursor === undefined) return;
    }
  };
}
