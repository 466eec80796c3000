import type { EntityName } from '../../model/dataset';
import { recordIssue } from '../../model/rejection';
import type { CrmRejection } from '../contract/sync-findings';
import type { HubSpotObject } from './hubspot-api-types';
import { hubspotId } from './hubspot-mapping-context';
import type { HubSpotObjectType } from './hubspot-paths';

const ENTITY: Readonly<Record<HubSpotObjectType, EntityName>> = {
  contacts: 'people',
  companies: 'accounts',
  deals: 'deals',
};

/** A page of objects split into those the mappers can read and typed rejections of the rest. */
export interface CheckedObjects {
  readonly objects: HubSpotObject[];
  readonly rejected: CrmRejection[];
  /** The greatest numeric id on the page (readable or not), for id paging; null if none has one. */
  readonly lastId: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object id as HubSpot sends it (a numeric string; a number is read too), else null. */
function readId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return typeof value === 'string' && /^\d+$/.test(value) ? value : null;
}

/**
 * Checks search and batch-read results before mapping: an object needs a numeric `id` and a
 * `properties` object (the spec requires both, yet a result without `properties` would crash
 * every mapper). Others become rejections naming the object, so a sync never dies on one odd
 * record and never drops it silently. `properties` values other than strings and null are
 * read as absent by the mappers.
 */
export function checkObjects(type: HubSpotObjectType, results: readonly unknown[]): CheckedObjects {
  const objects: HubSpotObject[] = [];
  const rejected: CrmRejection[] = [];
  let lastId: string | null = null;
  results.forEach((result, index) => {
    const raw = isRecord(result) ? result : {};
    const id =
      readId(raw.id) ?? readId(isRecord(raw.properties) ? raw.properties.hs_object_id : null);
    if (id !== null && (lastId === null || BigInt(id) > BigInt(lastId))) lastId = id;
    const issues = [
      ...(id === null
        ? [recordIssue('schema', ['id'], `HubSpot ${type} result ${index} has no id`)]
        : []),
      ...(isRecord(raw.properties)
        ? []
        : [
            recordIssue(
              'schema',
              ['properties'],
              `HubSpot ${type} ${id ?? `result ${index}`} has no properties`,
            ),
          ]),
    ];
    if (issues.length === 0)
      objects.push({ ...(raw as unknown as HubSpotObject), id: id as string });
    else
      rejected.push({
        entity: ENTITY[type],
        id: id === null ? null : hubspotId(type, id),
        origin: id === null ? `hubspot ${type} (no id)` : `hubspot ${type} ${id}`,
        issues,
        record: result,
      });
  });
  return { objects, rejected, lastId };
}
