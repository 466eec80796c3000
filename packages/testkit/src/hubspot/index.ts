export type { HubSpotAuthOptions } from './hubspot-auth';
export type { HubSpotBudgetSnapshot, HubSpotLimits } from './hubspot-budget';
export { HubSpotFake, type HubSpotFakeOptions } from './hubspot-fake';
export type { HubSpotQuirks } from './hubspot-quirks';
export type { MutableEntity } from './hubspot-store';
