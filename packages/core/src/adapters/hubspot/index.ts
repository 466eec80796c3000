/**
 * `@closedloop/core/hubspot`: the HubSpot adapter, its dialect (error reading, rate-limit
 * headers) and its pure mapping functions. The transport it runs on is
 * `@closedloop/core/transport`; the contract is in `@closedloop/core`.
 * @packageDocumentation
 */
export {
  createHubSpotAdapter,
  type HubSpotAdapter,
  type HubSpotAdapterOptions,
  type HubSpotStreamName,
} from './hubspot-adapter';
export type * from './hubspot-api-types';
export { hubspotDialect } from './hubspot-dialect';
export {
  DEFAULT_HUBSPOT_CHANNELS,
  DEFAULT_HUBSPOT_LEAD_STATUSES,
  DEFAULT_HUBSPOT_LIFECYCLE_STAGES,
  type HubSpotMappingConfig,
  hubspotMapping,
} from './hubspot-mapping-config';
export type { HubSpotMappingContext } from './hubspot-mapping-context';
export {
  datedHubSpotPaths,
  type HubSpotObjectType,
  type HubSpotPaths,
  legacyHubSpotPaths,
} from './hubspot-paths';
export { hubspotRateLimitHeaders } from './hubspot-rate-limit-headers';
export { mapHubSpotCampaign } from './map-hubspot-campaign';
export { mapHubSpotCompany } from './map-hubspot-company';
export { mapHubSpotContact } from './map-hubspot-contact';
export { type DealLinks, mapHubSpotDeal } from './map-hubspot-deal';
export { type ActorLookup, mapHubSpotHistory } from './map-hubspot-history';
export { mapHubSpotOwner } from './map-hubspot-owner';
export { mapHubSpotPipeline } from './map-hubspot-pipeline';
export {
  mapHubSpotEmailEvent,
  mapHubSpotSubmission,
  type PersonLookup,
} from './map-hubspot-touchpoints';
