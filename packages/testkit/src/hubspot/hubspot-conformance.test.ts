import { createHubSpotAdapter } from '@closedloop/core/hubspot';
import { generateSampleDataset, SAMPLE_LIFECYCLE_STAGES } from '@closedloop/core/sample';
import { runAdapterConformance } from '../conformance/run-adapter-conformance';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { HubSpotFake } from './hubspot-fake';

/** An OAuth connection whose refresh callback calls the fake's token endpoint. */
function oauth(fake: HubSpotFake) {
  return {
    type: 'oauth' as const,
    accessToken: fake.issueAccessToken(),
    refresh: async () => {
      const response = await fetch(`${fake.url}/oauth/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: 'fake-refresh-token',
        }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    },
  };
}

runAdapterConformance({
  name: 'HubSpot, tiny dataset, OAuth',
  dataset: tinyCrmDataset(),
  createServer: (dataset) => HubSpotFake.start({ dataset }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createHubSpotAdapter({
      baseUrl: fake.url,
      auth: oauth(fake),
      pageSize: 3,
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: {
    lifecycleStages: ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'],
  },
});

// The embedded sample at 5% scale (84 people, 1,160 touchpoints, 669 changes, e-mails shared
// by duplicate people, touch times in several offsets). Faults are covered above; at full
// scale the full-sync comparison also passes (about 25,000 records) but takes seconds.
runAdapterConformance({
  name: 'HubSpot, sample dataset (seed 1, scale 0.05), private-app token',
  dataset: generateSampleDataset({ seed: 1, scale: 0.05 }),
  createServer: (dataset) => HubSpotFake.start({ dataset }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createHubSpotAdapter({
      baseUrl: fake.url,
      auth: { type: 'token', token: fake.staticToken },
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: { lifecycleStages: SAMPLE_LIFECYCLE_STAGES },
  faults: false,
  crashPoints: 1,
});
