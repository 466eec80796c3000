import { type SalesforceMappingConfig, salesforceMapping } from './salesforce-mapping-config';
import type { SalesforceMappingContext } from './salesforce-mapping-context';

/** A mapping context for tests, with the defaults unless overridden. */
export function testContext(
  mapping: Partial<SalesforceMappingConfig> = {},
): SalesforceMappingContext {
  return {
    mapping: salesforceMapping(mapping),
    orgId: '00D5g000004XyZqEAK',
    instanceUrl: 'https://acme.my.salesforce.com',
    defaultCurrency: null,
    pipelineName: 'Opportunities',
  };
}
