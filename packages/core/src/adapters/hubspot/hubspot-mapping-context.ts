import type { Channel } from '../../model/vocabulary';
import type { HubSpotValue } from './hubspot-api-types';
import type { HubSpotMappingConfig } from './hubspot-mapping-config';
import type { HubSpotObjectType } from './hubspot-paths';
import { text } from './hubspot-values';

/** What the pure mapping functions need besides the payload. */
export interface HubSpotMappingContext {
  readonly mapping: HubSpotMappingConfig;
  /** The portal (hub) id, for provenance and record links; null when unknown. */
  readonly portalId: string | null;
  /** Currency of amounts without `deal_currency_code` (single-currency portals). */
  readonly defaultCurrency: string | null;
  /** Extra properties to read and keep in `custom`, per object type. */
  readonly customProperties: Partial<Record<HubSpotObjectType, readonly string[]>>;
}

const OBJECT_TYPE_IDS: Readonly<Record<string, string>> = {
  contacts: '0-1',
  companies: '0-2',
  deals: '0-3',
};

/** A normalized id: `hubspot:<objectType>:<remoteId>`. */
export function hubspotId(objectType: string, remoteId: string): string {
  return `hubspot:${objectType}:${remoteId}`;
}

/** A normalized reference, or null when the HubSpot value is empty. */
export function hubspotRef(objectType: string, remoteId: HubSpotValue | number): string | null {
  const id = typeof remoteId === 'number' ? String(remoteId) : text(remoteId);
  return id === null ? null : hubspotId(objectType, id);
}

/** Provenance of a record, with a link into the portal when its id is known. */
export function hubspotSource(
  objectType: string,
  remoteId: string,
  context: HubSpotMappingContext,
) {
  const typeId = OBJECT_TYPE_IDS[objectType];
  const url =
    context.portalId && typeId
      ? `https://app.hubspot.com/contacts/${context.portalId}/record/${typeId}/${remoteId}`
      : null;
  return { provider: 'hubspot' as const, objectType, remoteId, accountId: context.portalId, url };
}

/** A lifecycle stage id for a raw value, or null when the portal's value is not mapped. */
export function lifecycleStage(raw: string | null, context: HubSpotMappingContext): string | null {
  return raw === null ? null : (context.mapping.lifecycleStages[raw] ?? null);
}

/** A channel for a source bucket; `unknown` when not mapped. */
export function channel(raw: string | null, context: HubSpotMappingContext): Channel {
  return raw === null ? 'unknown' : (context.mapping.channels[raw] ?? 'unknown');
}

/** The requested custom properties of an object, for `custom`. */
export function customOf(
  type: HubSpotObjectType,
  properties: Readonly<Record<string, HubSpotValue>>,
  context: HubSpotMappingContext,
): Record<string, string | null> {
  const custom: Record<string, string | null> = {};
  for (const name of context.customProperties[type] ?? []) custom[name] = properties[name] ?? null;
  return custom;
}
