import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotCampaign, HubSpotValue } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId, hubspotSource } from './hubspot-mapping-context';
import { calendarDate, decimal, instant, text } from './hubspot-values';

/** Campaign properties the mapping reads (campaigns v3; guide §2.8). */
export const CAMPAIGN_PROPERTIES = [
  'hs_name',
  'hs_start_date',
  'hs_end_date',
  'hs_campaign_status',
  'hs_budget_items_sum_amount',
  'hs_spend_items_sum_amount',
  'hs_currency_code',
] as const;

function money(amount: HubSpotValue, currency: string | null) {
  const value = decimal(amount);
  return value === null ? null : { amount: value, currency };
}

/**
 * A marketing campaign. HubSpot campaigns carry no channel (attribution buckets live on
 * contacts), so `channel` is `unknown` unless set downstream.
 */
export function mapHubSpotCampaign(
  campaign: HubSpotCampaign,
  context: HubSpotMappingContext,
): CrmRecord<'campaigns'> {
  const { properties } = campaign;
  const currency = text(properties.hs_currency_code);
  return {
    id: hubspotId('campaigns', campaign.id),
    source: { ...hubspotSource('campaigns', campaign.id, context), url: null },
    createdAt: instant(campaign.createdAt),
    updatedAt: instant(campaign.updatedAt),
    name: text(properties.hs_name) ?? `Campaign ${campaign.id}`,
    status: text(properties.hs_campaign_status),
    startDate: calendarDate(properties.hs_start_date),
    endDate: calendarDate(properties.hs_end_date),
    budget: money(properties.hs_budget_items_sum_amount, currency),
    actualCost: money(properties.hs_spend_items_sum_amount, currency),
  };
}
