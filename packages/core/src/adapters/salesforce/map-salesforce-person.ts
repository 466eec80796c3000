import type { CrmRecord } from '../contract/crm-adapter-v1';
import {
  leadSourceChannel,
  ownerRef,
  type SalesforceMappingContext,
  salesforceId,
  salesforceRef,
  salesforceSource,
} from './salesforce-mapping-context';
import { date, dayStart, instant, type SalesforceRecord, text } from './salesforce-values';

/**
 * Lead fields (https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-lead.html,
 * guide §3.4), conversion included.
 */
export const LEAD_FIELDS = [
  'Id',
  'FirstName',
  'LastName',
  'Email',
  'Company',
  'Title',
  'Status',
  'LeadSource',
  'OwnerId',
  'IsConverted',
  'ConvertedDate',
  'ConvertedAccountId',
  'ConvertedContactId',
  'ConvertedOpportunityId',
  'CreatedDate',
  'LastModifiedDate',
  'SystemModstamp',
];

/** Contact fields (guide §3.4). */
export const CONTACT_FIELDS = [
  'Id',
  'FirstName',
  'LastName',
  'Email',
  'Title',
  'AccountId',
  'OwnerId',
  'LeadSource',
  'CreatedDate',
  'LastModifiedDate',
  'SystemModstamp',
];

/** The configured lifecycle field too, when there is one. */
export function personFields(base: readonly string[], context: SalesforceMappingContext): string[] {
  const field = context.mapping.lifecycleField;
  return field && !base.includes(field) ? [...base, field] : [...base];
}

function lifecycle(record: SalesforceRecord, context: SalesforceMappingContext) {
  const { lifecycleField, lifecycleValues, leadStatuses } = context.mapping;
  if (lifecycleField) {
    const raw = text(record[lifecycleField]);
    return { raw, stage: raw === null ? null : (lifecycleValues[raw] ?? null) };
  }
  // Without a lifecycle field, a lead's stage is its status (guide §3.7); a contact has none.
  const status = record.attributes?.type === 'Lead' ? text(record.Status) : null;
  return { raw: status, stage: status === null ? null : (leadStatuses[status] ?? null) };
}

function common(
  object: 'Lead' | 'Contact',
  record: SalesforceRecord,
  context: SalesforceMappingContext,
) {
  const email = text(record.Email);
  const { raw, stage } = lifecycle(record, context);
  const source = text(record.LeadSource);
  return {
    id: salesforceId(object, record.Id),
    source: salesforceSource(object, record.Id, context),
    createdAt: instant(record.CreatedDate),
    updatedAt: instant(record.SystemModstamp ?? record.LastModifiedDate),
    emails: email ? [{ value: email, primary: true }] : [],
    firstName: text(record.FirstName),
    lastName: text(record.LastName),
    title: text(record.Title),
    ownerId: ownerRef(record.OwnerId),
    lifecycleStage: stage,
    rawLifecycleStage: raw,
    attribution: {
      original:
        source === null
          ? null
          : { channel: leadSourceChannel(source, context), rawChannel: source },
      latest: null,
    },
  };
}

/**
 * A Lead as a person (`kind: 'lead'`). A converted lead keeps its own record and points at
 * what conversion made (`conversion`: contact, account, opportunity); `ConvertedDate` is a
 * date (guide §3.4), kept as such. An unconverted lead has a company name, not an account.
 */
export function mapSalesforceLeadPerson(
  lead: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'people'> {
  const converted = lead.IsConverted === true && date(lead.ConvertedDate) !== null;
  return {
    ...common('Lead', lead, context),
    kind: 'lead',
    companyName: text(lead.Company),
    accountId: salesforceRef('Account', lead.ConvertedAccountId),
    leadStatus: text(lead.Status),
    conversion: converted
      ? {
          convertedAt: date(lead.ConvertedDate) as string,
          contactId: salesforceRef('Contact', lead.ConvertedContactId),
          accountId: salesforceRef('Account', lead.ConvertedAccountId),
          dealId: salesforceRef('Opportunity', lead.ConvertedOpportunityId),
        }
      : null,
  };
}

/**
 * The same Lead as the hand-off work item: status, source, owner, and conversion into an
 * opportunity. `convertedAt` is midnight UTC of `ConvertedDate`, since Salesforce keeps only
 * the day.
 */
export function mapSalesforceLead(
  lead: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'leads'> {
  const source = text(lead.LeadSource);
  const converted = lead.IsConverted === true;
  return {
    id: salesforceId('Lead', lead.Id),
    source: salesforceSource('Lead', lead.Id, context),
    createdAt: instant(lead.CreatedDate),
    updatedAt: instant(lead.SystemModstamp ?? lead.LastModifiedDate),
    title: text(lead.Company),
    personId: salesforceId('Lead', lead.Id),
    accountId: salesforceRef('Account', lead.ConvertedAccountId),
    ownerId: ownerRef(lead.OwnerId),
    status: text(lead.Status),
    sourceName: source,
    channel:
      source === null ? null : { channel: leadSourceChannel(source, context), rawChannel: source },
    convertedAt: converted ? dayStart(lead.ConvertedDate) : null,
    convertedDealId: converted ? salesforceRef('Opportunity', lead.ConvertedOpportunityId) : null,
  };
}

/** A Contact as a person. */
export function mapSalesforceContact(
  contact: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'people'> {
  return {
    ...common('Contact', contact, context),
    kind: 'contact',
    accountId: salesforceRef('Account', contact.AccountId),
  };
}
