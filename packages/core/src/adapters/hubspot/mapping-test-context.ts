import { hubspotMapping } from './hubspot-mapping-config';
import type { HubSpotMappingContext } from './hubspot-mapping-context';

/** The mapping context the mapping tests use: defaults, a known portal, no default currency. */
export function testMappingContext(
  overrides: Partial<HubSpotMappingContext> = {},
): HubSpotMappingContext {
  return {
    mapping: hubspotMapping(),
    portalId: '62515',
    defaultCurrency: null,
    customProperties: {},
    ...overrides,
  };
}
