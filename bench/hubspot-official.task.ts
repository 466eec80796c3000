import { createRequire } from 'node:module';
import { defineTask } from './lib/task';

/** The part of `@hubspot/api-client` the benchmark calls. */
interface HubSpotClient {
  readonly crm: Record<
    'contacts' | 'companies' | 'deals',
    {
      getAll(
        limit?: number,
        after?: string,
        properties?: string[],
        propertiesWithHistory?: string[],
        associations?: string[],
      ): Promise<{ associations?: Record<string, { results: unknown[] }> }[]>;
    }
  >;
}

// Loaded through require: the client is CommonJS and only the part above is typed here.
const { Client } = createRequire(import.meta.url)('@hubspot/api-client') as {
  Client: new (options: Record<string, unknown>) => HubSpotClient;
};

// The official client fetches the same objects with its documented helper, `getAll` (every
// page of the list endpoint with associations, collected into one array per object type).
export default defineTask({
  setup: (args) =>
    new Client({
      accessToken: String(args.token),
      basePath: String(args.url),
      // Its own limiter would hold it at 9 requests/s; the fake's limits are raised for this run.
      limiterOptions: { minTime: 0, maxConcurrent: 6, id: 'bench' },
      numberOfApiCallRetries: 3,
    }),
  run: async (client) => {
    const companies = await client.crm.companies.getAll(100, undefined, ['name', 'domain']);
    const contacts = await client.crm.contacts.getAll(
      100,
      undefined,
      ['email', 'firstname', 'lastname', 'lifecyclestage', 'hubspot_owner_id'],
      undefined,
      ['companies'],
    );
    const deals = await client.crm.deals.getAll(
      100,
      undefined,
      ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'hubspot_owner_id'],
      undefined,
      ['contacts', 'companies'],
    );
    const associations = deals.reduce(
      (sum, deal) => sum + (deal.associations?.contacts?.results.length ?? 0),
      0,
    );
    return JSON.stringify({
      counts: { accounts: companies.length, people: contacts.length, deals: deals.length },
      associations,
    });
  },
});
