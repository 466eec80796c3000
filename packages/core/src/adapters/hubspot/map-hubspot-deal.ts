import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotObject, HubSpotStage } from './hubspot-api-types';
import {
  channel,
  customOf,
  type HubSpotMappingContext,
  hubspotId,
  hubspotRef,
  hubspotSource,
} from './hubspot-mapping-context';
import { decimal, instant, text } from './hubspot-values';
import { stageCategory } from './map-hubspot-pipeline';

const BASE_PROPERTIES = [
  'dealname',
  'amount',
  'deal_currency_code',
  'closedate',
  'pipeline',
  'dealstage',
  'hubspot_owner_id',
  'hs_is_closed',
  'hs_is_closed_won',
  'closed_lost_reason',
  'hs_analytics_source',
  'hs_analytics_source_data_1',
  'hs_analytics_source_data_2',
  'createdate',
  'hs_lastmodifieddate',
];

/** Deal properties the mapping reads, incl. `hs_date_entered_<stage>` of every closed stage (guide §2.6). */
export function dealProperties(
  stages: ReadonlyMap<string, HubSpotStage>,
  context: HubSpotMappingContext,
): string[] {
  const closed = [...stages.values()].filter((stage) => stageCategory(stage) !== 'open');
  return [
    ...BASE_PROPERTIES,
    ...closed.map((stage) => `hs_date_entered_${stage.id}`),
    ...(context.customProperties.deals ?? []),
  ];
}

/** A deal's associations, read from associations v4. */
export interface DealLinks {
  readonly contacts: readonly { readonly id: string; readonly label: string | null }[];
  readonly companyId: string | null;
}

function status(deal: HubSpotObject, stage: HubSpotStage | undefined): 'open' | 'won' | 'lost' {
  if (stage) return stageCategory(stage);
  // A stage missing from the pipelines read: fall back on HubSpot's calculated flags.
  if (deal.properties.hs_is_closed_won === 'true') return 'won';
  return deal.properties.hs_is_closed === 'true' ? 'lost' : 'open';
}

/**
 * A deal. Won and lost come from the stage's metadata (`hs_is_closed_won` as fallback,
 * guide §8); the close instant is when the deal entered its closed stage
 * (`hs_date_entered_<stage>`), else `closedate`. Amounts stay decimal strings; a deal
 * without `deal_currency_code` takes the portal's default currency when configured.
 */
export function mapHubSpotDeal(
  deal: HubSpotObject,
  links: DealLinks,
  stages: ReadonlyMap<string, HubSpotStage>,
  context: HubSpotMappingContext,
): CrmRecord<'deals'> {
  const { properties } = deal;
  const rawStage = text(properties.dealstage);
  const stage = rawStage === null ? undefined : stages.get(rawStage);
  const dealStatus = status(deal, stage);
  const amount = decimal(properties.amount);
  const source = text(properties.hs_analytics_source);
  const closeDate = instant(properties.closedate);
  const closedAt =
    dealStatus === 'open'
      ? null
      : (instant(properties[`hs_date_entered_${rawStage}`]) ??
        closeDate ??
        instant(deal.updatedAt));
  return {
    id: hubspotId('deals', deal.id),
    source: hubspotSource('deals', deal.id, context),
    createdAt: instant(deal.createdAt ?? properties.createdate),
    updatedAt: instant(deal.updatedAt ?? properties.hs_lastmodifieddate),
    deletedAt: instant(deal.archivedAt),
    name: text(properties.dealname),
    amount:
      amount === null
        ? null
        : { amount, currency: text(properties.deal_currency_code) ?? context.defaultCurrency },
    status: dealStatus,
    closeDate,
    closedAt,
    pipelineId: hubspotRef('pipelines', properties.pipeline),
    stageId: hubspotRef('stages', rawStage),
    rawStage,
    lostReason: dealStatus === 'lost' ? text(properties.closed_lost_reason) : null,
    ownerId: hubspotRef('owners', properties.hubspot_owner_id),
    accountId: hubspotRef('companies', links.companyId),
    contacts: links.contacts.map((contact) => ({
      personId: hubspotId('contacts', contact.id),
      role: contact.label,
      primary: false,
    })),
    originalSource:
      source === null
        ? null
        : {
            channel: channel(source, context),
            rawChannel: source,
            detail1: text(properties.hs_analytics_source_data_1),
            detail2: text(properties.hs_analytics_source_data_2),
          },
    custom: customOf('deals', properties, context),
  };
}
