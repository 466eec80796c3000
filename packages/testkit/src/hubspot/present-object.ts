import { type HubSpotQuirks, NULLED_PROPERTIES } from './hubspot-quirks';
import type { CrmObjectType, StoredObject } from './hubspot-records';

/** Properties returned when a request names none (spec `info.description`, guide §2.2). */
const DEFAULT_PROPERTIES: Readonly<Record<CrmObjectType, readonly string[]>> = {
  contacts: ['firstname', 'lastname', 'email'],
  companies: ['name', 'domain'],
  deals: ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage'],
};

/** Returned whatever is asked (search documents these; lists behave alike). */
const ALWAYS: Readonly<Record<CrmObjectType, readonly string[]>> = {
  contacts: ['createdate', 'hs_object_id', 'lastmodifieddate'],
  companies: ['createdate', 'hs_object_id', 'hs_lastmodifieddate'],
  deals: ['createdate', 'hs_object_id', 'hs_lastmodifieddate'],
};

/** Property names the portal defines, beyond those a record happens to hold. */
const KNOWN =
  /^(hs_v2_date_(entered|exited)_|hs_date_(entered|exited)_|hs_lifecyclestage_|hs_analytics_|hs_latest_source|hs_lead_status$|lifecyclestage$|hubspot_owner_id$|associatedcompanyid$|jobtitle$|company$|industry$|domain$|name$|numberofemployees$|deal_currency_code$|closed_lost_reason$|hs_is_closed)/;

const SINGULAR: Readonly<Record<CrmObjectType, string>> = {
  contacts: 'contact',
  companies: 'company',
  deals: 'deal',
};

/** What to include when presenting an object. */
export interface PresentOptions {
  /** Requested properties; null for the type's defaults. */
  readonly properties: readonly string[] | null;
  readonly history?: readonly string[];
  readonly associations?: readonly CrmObjectType[];
  readonly quirks: HubSpotQuirks;
}

/** The csv (or repeated) values of a query parameter. */
export function listParam(query: URLSearchParams, name: string): string[] | null {
  const values = query.getAll(name).flatMap((value) => value.split(','));
  const names = values.map((value) => value.trim()).filter(Boolean);
  return names.length > 0 ? names : null;
}

/**
 * An object as the API returns it (spec `SimplePublicObjectWithAssociations`): every value a
 * string or null, `archivedAt` only when archived, associations in the v3 embedded shape.
 */
export function presentObject(
  object: StoredObject,
  options: PresentOptions,
): Record<string, unknown> {
  const names = new Set([
    ...(options.properties ?? DEFAULT_PROPERTIES[object.type]),
    ...ALWAYS[object.type],
  ]);
  const properties: Record<string, string | null> = {};
  const nulled = options.quirks.nullValues ? NULLED_PROPERTIES[object.type] : [];
  for (const name of names) {
    if (!(name in object.properties) && !KNOWN.test(name)) continue;
    properties[name] = nulled?.includes(name) ? null : (object.properties[name] ?? null);
  }
  if (options.quirks.unknownFields) properties.hs_ai_signal_score = '0.82';
  const presented: Record<string, unknown> = {
    id: object.id,
    properties,
    createdAt: object.createdAt,
    updatedAt: object.updatedAt,
    archived: object.archived,
    ...(object.archivedAt ? { archivedAt: object.archivedAt } : {}),
  };
  if (options.history && options.history.length > 0) {
    presented.propertiesWithHistory = Object.fromEntries(
      options.history.map((name) => [name, object.history[name] ?? []]),
    );
  }
  const embedded: Record<string, unknown> = {};
  for (const type of options.associations ?? []) {
    const links = object.associations[type] ?? [];
    if (links.length === 0) continue;
    const kind = `${SINGULAR[object.type]}_to_${SINGULAR[type]}`;
    embedded[type] = {
      results: links.slice(0, 100).map((link) => ({ id: link.toId, type: kind })),
    };
  }
  if (Object.keys(embedded).length > 0) presented.associations = embedded;
  if (options.quirks.unknownFields) {
    presented.objectWriteTraceId = `trace-${object.id}`;
    presented.url = `https://app.hubspot.com/contacts/6748263/record/0-1/${object.id}`;
  }
  return presented;
}
