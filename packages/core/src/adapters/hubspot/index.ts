/**
 * `@closedloop/core/hubspot`: the HubSpot adapter, and the shared CRM transport it runs on.
 * @packageDocumentation
 */
export * from '../transport/index';
export { hubspotDialect } from './hubspot-dialect';
