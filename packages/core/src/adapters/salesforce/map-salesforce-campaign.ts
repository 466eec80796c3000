import type { Channel } from '../../model/vocabulary';
import type { CrmRecord } from '../contract/crm-adapter-v1';
import {
  personRef,
  type SalesforceMappingContext,
  salesforceId,
  salesforceRef,
  salesforceSource,
} from './salesforce-mapping-context';
import { date, dayStart, decimal, instant, type SalesforceRecord, text } from './salesforce-values';

/** Campaign fields (guide §3.4). */
export function campaignFields(multiCurrency: boolean): string[] {
  return [
    'Id',
    'Name',
    'Type',
    'Status',
    'StartDate',
    'EndDate',
    'ParentId',
    'BudgetedCost',
    'ActualCost',
    ...(multiCurrency ? ['CurrencyIsoCode'] : []),
    'CreatedDate',
    'SystemModstamp',
  ];
}

/**
 * CampaignMember fields (https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-campaignmember.html,
 * guide §3.4).
 */
export const CAMPAIGN_MEMBER_FIELDS = [
  'Id',
  'CampaignId',
  'LeadId',
  'ContactId',
  'Status',
  'HasResponded',
  'FirstRespondedDate',
  'CreatedDate',
  'SystemModstamp',
];

/** A campaign's channel from its `Type`; `unknown` when not mapped. */
export function campaignChannel(type: unknown, context: SalesforceMappingContext): Channel {
  const raw = text(type);
  return raw === null ? 'unknown' : (context.mapping.campaignTypes[raw] ?? 'unknown');
}

/** A Campaign; its channel comes from `Type` through `campaignTypes`. */
export function mapSalesforceCampaign(
  campaign: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'campaigns'> {
  const currency = text(campaign.CurrencyIsoCode) ?? context.defaultCurrency;
  const money = (value: unknown) => {
    const amount = decimal(value);
    return amount === null ? null : { amount, currency };
  };
  return {
    id: salesforceId('Campaign', campaign.Id),
    source: salesforceSource('Campaign', campaign.Id, context),
    createdAt: instant(campaign.CreatedDate),
    updatedAt: instant(campaign.SystemModstamp),
    name: text(campaign.Name) ?? campaign.Id,
    channel: campaignChannel(campaign.Type, context),
    type: text(campaign.Type),
    status: text(campaign.Status),
    startDate: date(campaign.StartDate),
    endDate: date(campaign.EndDate),
    parentId: salesforceRef('Campaign', campaign.ParentId),
    budget: money(campaign.BudgetedCost),
    actualCost: money(campaign.ActualCost),
  };
}

/** The person of a member: the contact when there is one (a converted lead's member gets it), else the lead. */
function memberPerson(member: SalesforceRecord): string | null {
  return personRef(member.ContactId) ?? personRef(member.LeadId);
}

/** A CampaignMember as an explicit membership. */
export function mapSalesforceCampaignMember(
  member: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'campaignMemberships'> | null {
  const personId = memberPerson(member);
  const campaignId = salesforceRef('Campaign', member.CampaignId);
  if (personId === null || campaignId === null) return null;
  return {
    id: salesforceId('CampaignMember', member.Id),
    source: salesforceSource('CampaignMember', member.Id, context),
    createdAt: instant(member.CreatedDate),
    updatedAt: instant(member.SystemModstamp),
    campaignId,
    personId,
    status: text(member.Status),
    responded: member.HasResponded === true,
    firstRespondedAt: date(member.FirstRespondedDate),
    basis: 'explicit',
  };
}

/**
 * A responded CampaignMember as a touchpoint: core Salesforce keeps marketing responses as
 * campaign membership, not as web activity (guide §3.4). The type comes from the member status
 * (`memberStatuses`); the time is midnight UTC of `FirstRespondedDate`, a date field.
 */
export function mapSalesforceMemberTouch(
  member: SalesforceRecord,
  channel: Channel,
  context: SalesforceMappingContext,
): CrmRecord<'touchpoints'> | null {
  const occurredAt = dayStart(member.FirstRespondedDate);
  const personId = memberPerson(member);
  if (member.HasResponded !== true || occurredAt === null || personId === null) return null;
  const status = text(member.Status);
  return {
    id: salesforceId('CampaignMember', member.Id),
    source: salesforceSource('CampaignMember', member.Id, context),
    createdAt: instant(member.CreatedDate),
    updatedAt: instant(member.SystemModstamp),
    type: (status === null ? null : context.mapping.memberStatuses[status]) ?? 'campaign_response',
    occurredAt,
    personId,
    campaignId: salesforceRef('Campaign', member.CampaignId),
    channel,
    title: status,
  };
}
