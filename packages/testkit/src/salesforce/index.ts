export type { SalesforceQueryOptions } from './query-service';
export type { SalesforceAuthOptions } from './salesforce-auth';
export { SalesforceFake, type SalesforceFakeOptions } from './salesforce-fake';
export { salesforceShapedDataset } from './salesforce-shaped-dataset';
export type { SalesforceMutableEntity, SalesforceQuirks } from './salesforce-store';
