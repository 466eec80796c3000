import { describe } from 'vitest';
import type { AdapterConformanceOptions, ConformanceServer } from './conformance-server';
import { registerFaultConformance } from './fault-conformance';
import { registerOddDataConformance } from './odd-data-conformance';
import { registerSyncConformance } from './sync-conformance';

/**
 * Registers the CRM adapter conformance suite in the calling vitest file: a full sync reads
 * the source dataset faithfully; it stays within the CRM's rate limits; an incremental sync
 * picks up changes and deletions made after a checkpoint; a sync that crashes resumes from
 * its last checkpoint losing and repeating nothing; records that change between pages are
 * not lost; every fault (429 bursts with and without `Retry-After`, 5xx in JSON and HTML,
 * connection resets, slow responses past the timeout, malformed JSON, expired tokens) is
 * survived when transient and reported as a typed error when persistent; unknown fields and
 * nulls are read; odd data (a record missing a field or its id, empty relations, a deleted
 * parent) is rejected with a reason or kept with a finding, never looped on or repeated;
 * counts reconcile. Works for any `CrmAdapterV1` and any fake implementing
 * `ConformanceServer`.
 *
 * @example
 * runAdapterConformance({
 *   name: 'HubSpot',
 *   dataset: tinyCrmDataset(),
 *   createServer: (dataset) => HubSpotFake.start({ dataset }),
 *   createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
 *     createHubSpotAdapter({ baseUrl: fake.url, auth: { type: 'token', token: fake.staticToken },
 *       transport: { clock, timeoutMs, retry: { maxRetries } } }),
 * });
 */
export function runAdapterConformance<Server extends ConformanceServer>(
  options: AdapterConformanceOptions<Server>,
): void {
  describe(`${options.name}: CRM adapter conformance`, () => {
    registerSyncConformance(options);
    registerOddDataConformance(options);
    if (options.faults !== false) registerFaultConformance(options);
  });
}
