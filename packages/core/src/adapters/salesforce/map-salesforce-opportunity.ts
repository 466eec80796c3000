import type { CrmRecord } from '../contract/crm-adapter-v1';
import { stageCategory, stageId } from './map-salesforce-stages';
import {
  leadSourceChannel,
  ownerRef,
  PIPELINE_REMOTE_ID,
  type SalesforceMappingContext,
  salesforceId,
  salesforceRef,
  salesforceSource,
} from './salesforce-mapping-context';
import { date, dayStart, decimal, instant, type SalesforceRecord, text } from './salesforce-values';

/**
 * Opportunity fields (guide §3.4, field reference
 * https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-opportunity.html).
 * `CurrencyIsoCode` exists only in multi-currency orgs: set `multiCurrency: false` to leave it out.
 */
export function opportunityFields(multiCurrency: boolean): string[] {
  return [
    'Id',
    'Name',
    'AccountId',
    'OwnerId',
    'StageName',
    'Amount',
    ...(multiCurrency ? ['CurrencyIsoCode'] : []),
    'CloseDate',
    'IsClosed',
    'IsWon',
    'Probability',
    'LeadSource',
    'CampaignId',
    'LastStageChangeDate',
    'CreatedDate',
    'SystemModstamp',
  ];
}

/** `OpportunityContactRole` fields (guide §3.4). */
export const CONTACT_ROLE_FIELDS = ['Id', 'OpportunityId', 'ContactId', 'Role', 'IsPrimary'];

/**
 * An Opportunity. Won and lost come from its stage (`IsClosed`/`IsWon`, or a configured
 * override), falling back on the record's own flags for a stage missing from the list. The
 * close instant is `LastStageChangeDate` (when it entered its closed stage), else midnight UTC
 * of `CloseDate`. Contacts come from `OpportunityContactRole`.
 */
export function mapSalesforceOpportunity(
  opportunity: SalesforceRecord,
  roles: readonly SalesforceRecord[],
  stages: ReadonlyMap<string, SalesforceRecord>,
  context: SalesforceMappingContext,
): CrmRecord<'deals'> {
  const rawStage = text(opportunity.StageName);
  const stage = rawStage === null ? undefined : stages.get(rawStage);
  const status = stage
    ? stageCategory(stage, context)
    : opportunity.IsClosed === true
      ? opportunity.IsWon === true
        ? 'won'
        : 'lost'
      : 'open';
  const amount = decimal(opportunity.Amount);
  const source = text(opportunity.LeadSource);
  return {
    id: salesforceId('Opportunity', opportunity.Id),
    source: salesforceSource('Opportunity', opportunity.Id, context),
    createdAt: instant(opportunity.CreatedDate),
    updatedAt: instant(opportunity.SystemModstamp),
    name: text(opportunity.Name),
    amount:
      amount === null
        ? null
        : { amount, currency: text(opportunity.CurrencyIsoCode) ?? context.defaultCurrency },
    status,
    closeDate: date(opportunity.CloseDate),
    closedAt:
      status === 'open'
        ? null
        : (instant(opportunity.LastStageChangeDate) ?? dayStart(opportunity.CloseDate)),
    pipelineId: salesforceId('pipeline', PIPELINE_REMOTE_ID),
    stageId: stage ? stageId(text(stage.ApiName) ?? stage.Id) : null,
    rawStage,
    ownerId: ownerRef(opportunity.OwnerId),
    accountId: salesforceRef('Account', opportunity.AccountId),
    contacts: roles.flatMap((role) => {
      const personId = salesforceRef('Contact', role.ContactId);
      return personId
        ? [{ personId, role: text(role.Role), primary: role.IsPrimary === true }]
        : [];
    }),
    primaryCampaignId: salesforceRef('Campaign', opportunity.CampaignId),
    originalSource:
      source === null ? null : { channel: leadSourceChannel(source, context), rawChannel: source },
  };
}
