import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotOwner } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId, hubspotSource } from './hubspot-mapping-context';
import { instant, text } from './hubspot-values';

/**
 * An owner as a user. Records reference the owner `id`; the HubSpot `userId` (named by
 * property history) is kept in `custom.userId` (guide §2.7,
 * https://developers.hubspot.com/docs/api-reference/crm-crm-owners-v3/guide).
 */
export function mapHubSpotOwner(
  owner: HubSpotOwner,
  context: HubSpotMappingContext,
): CrmRecord<'users'> {
  const name = [text(owner.firstName), text(owner.lastName)].filter(Boolean).join(' ');
  return {
    id: hubspotId('owners', owner.id),
    source: { ...hubspotSource('owners', owner.id, context), url: null },
    createdAt: instant(owner.createdAt),
    updatedAt: instant(owner.updatedAt),
    email: text(owner.email),
    name: name === '' ? null : name,
    active: owner.archived !== true,
    kind: owner.type === 'QUEUE' ? 'queue' : 'person',
    custom: { userId: owner.userId ?? null },
  };
}
