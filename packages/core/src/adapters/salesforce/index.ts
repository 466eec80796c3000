/**
 * `@closedloop/core/salesforce`: the Salesforce adapter, its dialect (error reading, rate-limit
 * headers) and its pure mapping functions. The transport it runs on is
 * `@closedloop/core/transport`; the contract is in `@closedloop/core`.
 * @packageDocumentation
 */
export { mapSalesforceAccount } from './map-salesforce-account';
export { mapSalesforceEvent, mapSalesforceTask } from './map-salesforce-activity';
export {
  mapSalesforceCampaign,
  mapSalesforceCampaignMember,
  mapSalesforceMemberTouch,
} from './map-salesforce-campaign';
export { type HistorySource, mapSalesforceHistory } from './map-salesforce-history';
export { mapSalesforceOpportunity } from './map-salesforce-opportunity';
export {
  mapSalesforceContact,
  mapSalesforceLead,
  mapSalesforceLeadPerson,
} from './map-salesforce-person';
export { mapSalesforceStages, stageIndex } from './map-salesforce-stages';
export { mapSalesforceQueue, mapSalesforceUser } from './map-salesforce-user';
export {
  createSalesforceAdapter,
  type SalesforceAdapter,
  type SalesforceAdapterOptions,
  type SalesforceStreamName,
} from './salesforce-adapter';
export { salesforceDialect } from './salesforce-dialect';
export { readSalesforceError } from './salesforce-error-reading';
export {
  DEFAULT_SALESFORCE_CAMPAIGN_TYPES,
  DEFAULT_SALESFORCE_LEAD_SOURCES,
  DEFAULT_SALESFORCE_LEAD_STATUSES,
  DEFAULT_SALESFORCE_LIFECYCLE_VALUES,
  DEFAULT_SALESFORCE_MEMBER_STATUSES,
  DEFAULT_SALESFORCE_TEAMS,
  type SalesforceMappingConfig,
  type SalesforceStageOverride,
  salesforceMapping,
} from './salesforce-mapping-config';
export type { SalesforceMappingContext } from './salesforce-mapping-context';
export { salesforceRateLimitHeaders } from './salesforce-rate-limit-headers';
export type { SalesforceQueryPage, SalesforceRecord } from './salesforce-values';
