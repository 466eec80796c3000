import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotObject } from './hubspot-api-types';
import {
  customOf,
  type HubSpotMappingContext,
  hubspotId,
  hubspotRef,
  hubspotSource,
  lifecycleStage,
} from './hubspot-mapping-context';
import { instant, integer, text } from './hubspot-values';

/** Company properties the mapping reads (guide §2.6). */
export const COMPANY_PROPERTIES = [
  'name',
  'domain',
  'industry',
  'numberofemployees',
  'hubspot_owner_id',
  'lifecyclestage',
  'hs_parent_company_id',
  'createdate',
  'hs_lastmodifieddate',
] as const;

/** A company as an account. */
export function mapHubSpotCompany(
  company: HubSpotObject,
  context: HubSpotMappingContext,
): CrmRecord<'accounts'> {
  const { properties } = company;
  const rawStage = text(properties.lifecyclestage);
  return {
    id: hubspotId('companies', company.id),
    source: hubspotSource('companies', company.id, context),
    createdAt: instant(company.createdAt ?? properties.createdate),
    updatedAt: instant(company.updatedAt ?? properties.hs_lastmodifieddate),
    deletedAt: instant(company.archivedAt),
    name: text(properties.name),
    domain: text(properties.domain),
    industry: text(properties.industry),
    employeeCount: integer(properties.numberofemployees),
    ownerId: hubspotRef('owners', properties.hubspot_owner_id),
    parentAccountId: hubspotRef('companies', properties.hs_parent_company_id),
    lifecycleStage: lifecycleStage(rawStage, context),
    rawLifecycleStage: rawStage,
    custom: customOf('companies', properties, context),
  };
}
