import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotHistoryEntry, HubSpotObject } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId, lifecycleStage } from './hubspot-mapping-context';
import type { HubSpotObjectType } from './hubspot-paths';
import { humanize, instant } from './hubspot-values';

/** The tracked field of each history property, per object type. */
export const HISTORY_FIELDS: Readonly<Record<HubSpotObjectType, Readonly<Record<string, string>>>> =
  {
    contacts: {
      lifecyclestage: 'lifecycleStage',
      hs_lead_status: 'leadStatus',
      hubspot_owner_id: 'owner',
    },
    companies: {},
    deals: {
      dealstage: 'dealStage',
      amount: 'amount',
      closedate: 'closeDate',
      hubspot_owner_id: 'owner',
    },
  };

const ENTITIES = { contacts: 'person', companies: 'account', deals: 'deal' } as const;

/** Resolves HubSpot user ids (what history names) to normalized user ids. */
export type ActorLookup = (hubspotUserId: number) => string | null;

function normalized(field: string, raw: string, context: HubSpotMappingContext): string | null {
  // Clearing a property records "" (guide §2.11).
  if (raw === '') return null;
  switch (field) {
    case 'lifecycleStage':
      return lifecycleStage(raw, context);
    case 'leadStatus':
      return context.mapping.leadStatuses[raw] ?? humanize(raw);
    case 'owner':
      return hubspotId('owners', raw);
    case 'dealStage':
      return hubspotId('stages', raw);
    case 'closeDate':
      return instant(raw);
    default:
      return raw;
  }
}

/**
 * The field changes in an object's `propertiesWithHistory` (newest first on the wire;
 * guide §2.5, fixture `contact-with-propertiesWithHistory.json`). Each entry is a change
 * from the entry before it; the oldest is a change from nothing.
 */
export function mapHubSpotHistory(
  type: HubSpotObjectType,
  object: HubSpotObject,
  actor: ActorLookup,
  context: HubSpotMappingContext,
): CrmRecord<'changes'>[] {
  const changes: CrmRecord<'changes'>[] = [];
  for (const [property, field] of Object.entries(HISTORY_FIELDS[type])) {
    const entries = [...(object.propertiesWithHistory?.[property] ?? [])]
      .map((entry): [number, HubSpotHistoryEntry] => [Date.parse(entry.timestamp), entry])
      .filter(([time]) => Number.isFinite(time))
      .sort(([a], [b]) => a - b);
    let previous: string | null = null;
    entries.forEach(([time, entry], index) => {
      const to = normalized(field, entry.value, context);
      const remoteId = `${object.id}:${property}:${time}${index > 0 && entries[index - 1]?.[0] === time ? `:${index}` : ''}`;
      changes.push({
        id: hubspotId(`${type}-history`, remoteId),
        source: { provider: 'hubspot', remoteId },
        entity: ENTITIES[type],
        entityId: hubspotId(type, object.id),
        field,
        from: previous,
        to,
        at: new Date(time).toISOString(),
        actorUserId: entry.updatedByUserId === undefined ? null : actor(entry.updatedByUserId),
        changeSource: entry.sourceType ?? null,
        provenance: 'property_history',
      });
      previous = to;
    });
  }
  return changes;
}
