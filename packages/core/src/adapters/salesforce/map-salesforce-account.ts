import type { CrmRecord } from '../contract/crm-adapter-v1';
import {
  ownerRef,
  type SalesforceMappingContext,
  salesforceId,
  salesforceRef,
  salesforceSource,
} from './salesforce-mapping-context';
import { instant, type SalesforceRecord, text } from './salesforce-values';

/** Account fields (guide §3.4). */
export const ACCOUNT_FIELDS = [
  'Id',
  'Name',
  'Website',
  'Industry',
  'NumberOfEmployees',
  'Type',
  'OwnerId',
  'ParentId',
  'CreatedDate',
  'SystemModstamp',
];

/** `https://www.acme.example/about` → `acme.example`. */
export function domainOf(website: unknown): string | null {
  const raw = text(website);
  if (raw === null) return null;
  const host = raw
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .split(/[/?#]/)[0]
    ?.replace(/^www\./i, '')
    .toLowerCase();
  return host ? host : null;
}

/** An Account. The domain comes from `Website`; `Type` (Customer, Prospect…) is the segment. */
export function mapSalesforceAccount(
  account: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'accounts'> {
  const employees = account.NumberOfEmployees;
  return {
    id: salesforceId('Account', account.Id),
    source: salesforceSource('Account', account.Id, context),
    createdAt: instant(account.CreatedDate),
    updatedAt: instant(account.SystemModstamp),
    name: text(account.Name),
    domain: domainOf(account.Website),
    industry: text(account.Industry),
    employeeCount:
      typeof employees === 'number' && Number.isInteger(employees) && employees >= 0
        ? employees
        : null,
    segment: text(account.Type),
    ownerId: ownerRef(account.OwnerId),
    parentAccountId: salesforceRef('Account', account.ParentId),
  };
}
