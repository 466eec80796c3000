import type { EntityName } from '../../model/dataset';
import type { HubSpotObject } from './hubspot-api-types';
import type { HubSpotObjectType } from './hubspot-paths';
import { actorLookup, type HubSpotSyncContext } from './hubspot-sync-context';
import { COMPANY_PROPERTIES, mapHubSpotCompany } from './map-hubspot-company';
import { contactProperties, mapHubSpotContact } from './map-hubspot-contact';
import { dealProperties, mapHubSpotDeal } from './map-hubspot-deal';
import { HISTORY_FIELDS, mapHubSpotHistory } from './map-hubspot-history';
import { primaryCompany } from './read-associations';

/** The records a page of objects yields, one group per entity, in emission order. */
export type PageRecords = { readonly entity: EntityName; readonly records: readonly unknown[] }[];

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
  return [
    {
      entity: 'changes',
      records: withHistory.flatMap((object) =>
        mapHubSpotHistory(type, object, actor, context.mapping),
      ),
    },
  ];
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
    const [links, history] = await Promise.all([
      context.api.associations('contacts', 'companies', ids),
      historyOf(context, 'contacts', objects),
    ]);
    const people = objects.map((object) =>
      mapHubSpotContact(object, primaryCompany(links.get(object.id)), context.mapping),
    );
    return [{ entity: 'people', records: people }, ...history];
  },
};

/** Deals → deals (contacts and company from associations v4, status from stages) and their field changes. */
const deals: ObjectPageMapper = {
  entity: 'deals',
  properties: async (context) => dealProperties(await context.stages(), context.mapping),
  map: async (context, objects) => {
    const ids = objects.map((object) => object.id);
    const [contactLinks, companyLinks, stages, history] = await Promise.all([
      context.api.associations('deals', 'contacts', ids),
      context.api.associations('deals', 'companies', ids),
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
    return [{ entity: 'deals', records: mapped }, ...history];
  },
};

/** The mapper of each object type. */
export const OBJECT_PAGE_MAPPERS: Readonly<Record<HubSpotObjectType, ObjectPageMapper>> = {
  companies,
  contacts,
  deals,
};
