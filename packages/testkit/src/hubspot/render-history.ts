import type { Dataset, FieldChange } from '@closedloop/core';
import type { HistoryEntry } from './hubspot-records';
import { LIFECYCLE_VALUES, leadStatusValue } from './hubspot-vocabulary';
import { hubspotDateTime, hubspotInstant, RenderContext } from './render-context';

/** The HubSpot property of a tracked field, per entity (only these have property history). */
const PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  person: {
    lifecycleStage: 'lifecyclestage',
    leadStatus: 'hs_lead_status',
    owner: 'hubspot_owner_id',
  },
  account: { lifecycleStage: 'lifecyclestage', owner: 'hubspot_owner_id' },
  deal: {
    dealStage: 'dealstage',
    amount: 'amount',
    closeDate: 'closedate',
    owner: 'hubspot_owner_id',
  },
};

const DATASET_ENTITY = { person: 'people', account: 'accounts', deal: 'deals' } as const;

/** A changed value as the property holds it; clearing a property records "" (guide §2.11). */
function propertyValue(
  change: FieldChange,
  value: string | null,
  dataset: Dataset,
  ctx: RenderContext,
): string {
  if (value === null) return '';
  switch (change.field) {
    case 'lifecycleStage':
      return LIFECYCLE_VALUES[value] ?? value;
    case 'leadStatus':
      return leadStatusValue(value);
    case 'owner':
      return ctx.remoteId('users', value) ?? value;
    case 'closeDate':
      return hubspotDateTime(value) ?? value;
    case 'dealStage': {
      const pipelineId = dataset.deals.find((deal) => deal.id === change.entityId)?.pipelineId;
      return (
        (pipelineId && ctx.remoteId('stages', RenderContext.stageKey(pipelineId, value))) ?? value
      );
    }
    default:
      return value;
  }
}

/**
 * Fills the context's property histories from the dataset's field changes (newest first,
 * as HubSpot returns them) and names each representable change as
 * `<object id>:<property>:<epoch ms>`. A record without changes gets no history (HubSpot
 * would also list the current value; the adapter handles both).
 */
export function renderHistory(dataset: Dataset, ctx: RenderContext): Map<string, string> {
  const served = new Map<string, string>();
  const sorted = [...dataset.changes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const change of sorted) {
    const property = PROPERTIES[change.entity]?.[change.field];
    const entity = DATASET_ENTITY[change.entity as keyof typeof DATASET_ENTITY];
    const objectId = entity ? ctx.remoteId(entity, change.entityId) : null;
    if (!property || !entity || !objectId) continue;
    const key = `${entity}:${change.entityId}:${property}`;
    const entries = ctx.history.get(key) ?? [];
    const timestamp = hubspotInstant(change.at, ctx.fallbackTime);
    // History names the HubSpot user, not the owner (guide §2.7).
    const actor = change.actorUserId
      ? (ctx.userIds.get(change.actorUserId) ?? Number.NaN)
      : Number.NaN;
    const entry: HistoryEntry = {
      value: propertyValue(change, change.to, dataset, ctx),
      timestamp,
      sourceType: change.changeSource ?? 'CRM_UI',
      ...(Number.isNaN(actor) ? {} : { sourceId: `userId:${actor}`, updatedByUserId: actor }),
    };
    entries.unshift(entry);
    ctx.history.set(key, entries);
    served.set(change.id, `${objectId}:${property}:${Date.parse(timestamp)}`);
  }
  return served;
}
