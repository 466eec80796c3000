import type { FakeClock } from '../harness/fake-clock';
import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import type { HubSpotQuirks } from './hubspot-quirks';
import type { CrmObjectType } from './hubspot-records';
import type { HubSpotStore } from './hubspot-store';

/** What every route handler can use. */
export interface RouteContext {
  readonly store: HubSpotStore;
  readonly quirks: HubSpotQuirks;
  readonly clock: FakeClock;
  readonly baseUrl: () => string;
}

/** A route: method, path pattern, which limit it counts against, and its handler. */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly pattern: RegExp;
  /** `search` counts against the search limit and sends no rate-limit headers. */
  readonly limit: 'default' | 'search';
  readonly handle: (request: FakeRequest, params: string[], context: RouteContext) => FakeResponse;
}

/** Object type names and ids the fake serves (guide §2.2); others list empty. */
const TYPES: Readonly<Record<string, CrmObjectType>> = {
  contacts: 'contacts',
  '0-1': 'contacts',
  companies: 'companies',
  '0-2': 'companies',
  deals: 'deals',
  '0-3': 'deals',
};

/** The object type a path segment names, or null for a type the fake holds no records of. */
export function objectType(segment: string): CrmObjectType | null {
  return TYPES[segment.toLowerCase()] ?? null;
}

/** A JSON 200. */
export function ok(body: unknown, status = 200): FakeResponse {
  return { status, body };
}
