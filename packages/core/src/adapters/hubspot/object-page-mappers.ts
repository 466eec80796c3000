import type { EntityName } from '../../model/dataset';
import { type CrmFinding, crmFindings } from '../contract/sync-findings';
import type { HubSpotObject } from './hubspot-api-types';
import { hubspotId } from './hubspot-mapping-context';
import type { HubSpotObjectType } from './hubspot-paths';
import { actorLookup, type HubSpotSyncContext } from './hubspot-sync-context';
import { COMPANY_PROPERTIES, mapHubSpotCompany } from './map-hubspot-company';
import { contactProperties, mapHubSpotContact } from './map-hubspot-contact';
import { dealProperties, mapHubSpotDeal } from './map-hubspot-deal';
import { HISTORY_FIELDS, mapHubSpotHistory } from './map-hubspot-history';
import { primaryCompany } from './read-associations';

/** The records a page of objects yields, one group per entity, in emission order, with what was noticed. */
export type PageRecords = {
  readonly entity: EntityName;
  readonly records: readonly unknown[];
  readonly findings?: readonly CrmFinding[];
}[];

/** Findings of a page, by the normalized ids of the records concerned; undefined when none. */
function pageFindings(
  type: HubSpotObjectType,
  byCode: Partial<Record<'association_missing' | 'history_missing', readonly string[]>>,
): CrmFinding[] | undefined {
  const findings = crmFindings();
  for (const [code, ids] of Object.entries(byCode) as [keyof typeof byCode, string[]][])
    for (const id of new Set(ids)) findings.add(code, hubspotId(type, id));
  const list = findings.list();
  return list.length > 0 ? list : undefined;
}

/** How one object type is read and mapped, page by page. */
export interface ObjectPageMapper {
  readonly entity: EntityName;
  properties(context: HubSpotSyncContext): Promise<readonly string[]>;
  map(context: HubSpotSyncContext, objects: readonly HubSpotObject[]): Promise<PageRecords>;
}

/** Search cannot return history (hubspot-api-python#244): batch read it, ≤50 per request (guide §2.5). */
async function historyOf(
  context: HubSpotSyncContext,
  type: HubSpotObjectType,
  objects: readonly HubSpotObject[],
): Promise<PageRecords> {
  if (!context.history.has(type)) return [];
  const properties = Object.keys(HISTORY_FIELDS[type]);
  if (properties.length === 0) return [];
  const [withHistory, actor] = await Promise.all([
    context.api.batchRead(
      type,
      objects.map((object) => object.id),
      { propertiesWithHistory: properties, chunkSize: 50 },
    ),
    actorLookup(context),
  ]);
  // A record read back without `propertiesWithHistory` (deleted in between, or the portal
  // withheld it) has unknown history: say so rather than report no changes.
  const read = new Set<string>();
  const records = withHistory.flatMap((object) => {
    if (typeof object?.id !== 'string' && typeof object?.id !== 'number') return [];
    if (typeof object.propertiesWithHistory !== 'object' || object.propertiesWithHistory === null)
      return [];
    read.add(String(object.id));
    return mapHubSpotHistory(type, object, actor, context.mapping);
  });
  const unread = objects.map((object) => object.id).filter((id) => !read.has(id));
  const findings = pageFindings(type, { history_missing: unread });
  return [{ entity: 'changes', records, ...(findings ? { findings } : {}) }];
}

/** Companies → accounts. */
const companies: ObjectPageMapper = {
  entity: 'accounts',
  properties: async (context) => [
    ...COMPANY_PROPERTIES,
    ...(context.mapping.customProperties.companies ?? []),
  ],
  map: async (context, objects) => [
    {
      entity: 'accounts',
      records: objects.map((object) => mapHubSpotCompany(object, context.mapping)),
    },
  ],
};

/** Contacts → people (company from associations v4) and their field changes. */
const contacts: ObjectPageMapper = {
  entity: 'people',
  properties: async (context) => contactProperties(context.mapping),
  map: async (context, objects) => {
    const ids = objects.map((object) => object.id);
    const missing: string[] = [];
    const [links, history] = await Promise.all([
      context.api.associations('contacts', 'companies', ids, missing),
      historyOf(context, 'contacts', objects),
    ]);
    const people = objects.map((object) =>
      mapHubSpotContact(object, primaryCompany(links.get(object.id)), context.mapping),
    );
    const findings = pageFindings('contacts', { association_missing: missing });
    return [{ entity: 'people', records: people, ...(findings ? { findings } : {}) }, ...history];
  },
};

/** Deals → deals (contacts and company from associations v4, status from stages) and their field changes. */
const deals: ObjectPageMapper = {
  entity: 'deals',
  properties: async (context) => dealProperties(await context.stages(), context.mapping),
  map: async (context, objects) => {
    const ids = objects.map((object) => object.id);
    const missing: string[] = [];
    const [contactLinks, companyLinks, stages, history] = await Promise.all([
      context.api.associations('deals', 'contacts', ids, missing),
      context.api.associations('deals', 'companies', ids, missing),
      context.stages(),
      historyOf(context, 'deals', objects),
    ]);
    const mapped = objects.map((object) =>
      mapHubSpotDeal(
        object,
        {
          contacts: contactLinks.get(object.id) ?? [],
          companyId: primaryCompany(companyLinks.get(object.id)),
        },
        stages,
        context.mapping,
      ),
    );
    const findings = pageFindings('deals', { association_missing: missing });
    return [{ entity: 'deals', records: mapped, ...(findings ? { findings } : {}) }, ...history];
  },
};

/** The mapper of each object type. */
export const OBJECT_PAGE_MAPPERS: Readonly<Record<HubSpotObjectType, ObjectPageMapper>> = {
  companies,
  contacts,
  deals,
};
