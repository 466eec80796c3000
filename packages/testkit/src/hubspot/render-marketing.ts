import type { Campaign, Touchpoint } from '@closedloop/core';
import type { StoredCampaign, StoredEmailEvent, StoredSubmission } from './hubspot-records';
import { EMAIL_EVENT_TYPES } from './hubspot-vocabulary';
import { hubspotInstant, type RenderContext } from './render-context';

/** A deterministic GUID-shaped id, as HubSpot uses for campaigns, forms and conversions. */
export function guid(kind: number, index: number): string {
  const hex = (value: number, width: number) =>
    value.toString(16).padStart(width, '0').slice(-width);
  return `${hex(kind, 8)}-${hex(index >>> 16, 4)}-4${hex(index, 3)}-8${hex(kind * 31 + index, 3)}-${hex(index * 2654435761, 12)}`;
}

/** A campaign (marketing campaigns v3: properties `hs_name`, `hs_start_date`, ...). */
export function renderCampaign(campaign: Campaign, id: string, ctx: RenderContext): StoredCampaign {
  return {
    id,
    properties: {
      hs_name: campaign.name,
      hs_start_date: campaign.startDate,
      hs_end_date: campaign.endDate,
      hs_campaign_status: campaign.status,
      hs_budget_items_sum_amount: campaign.budget?.amount ?? null,
      hs_spend_items_sum_amount: campaign.actualCost?.amount ?? null,
      hs_currency_code: campaign.budget?.currency ?? campaign.actualCost?.currency ?? null,
    },
    createdAt: hubspotInstant(campaign.createdAt, ctx.fallbackTime),
    updatedAt: hubspotInstant(campaign.updatedAt ?? campaign.createdAt, ctx.fallbackTime),
  };
}

/** A form-submission touchpoint as a legacy submission; the e-mail is the only link to the contact. */
export function renderSubmission(
  touchpoint: Touchpoint,
  conversionId: string,
  ctx: RenderContext,
): StoredSubmission {
  const email = touchpoint.personId ? ctx.emails.get(touchpoint.personId) : undefined;
  return {
    conversionId,
    submittedAt: Date.parse(touchpoint.occurredAt),
    values: email ? [{ name: 'email', value: email }] : [],
    pageUrl: touchpoint.url,
  };
}

/** An e-mail touchpoint as a legacy email event, or null when it has no recipient to send to. */
export function renderEmailEvent(
  touchpoint: Touchpoint,
  id: string,
  emailCampaignId: number,
  ctx: RenderContext,
): StoredEmailEvent | null {
  const type = EMAIL_EVENT_TYPES[touchpoint.type];
  const recipient = touchpoint.personId ? ctx.emails.get(touchpoint.personId) : undefined;
  if (!type || !recipient) return null;
  return {
    id,
    created: Date.parse(touchpoint.occurredAt),
    type,
    recipient,
    emailCampaignId,
    ...(type === 'CLICK' && touchpoint.url ? { url: touchpoint.url } : {}),
  };
}
