// adapter.conformance.test.ts: the suite every closedloop adapter passes, run in your vitest.
import { createHubSpotAdapter } from '@closedloop/core/hubspot';
import { HubSpotFake, runAdapterConformance, tinyCrmDataset } from '@closedloop/testkit';

runAdapterConformance({
  name: 'HubSpot against the fake portal',
  dataset: tinyCrmDataset(),
  createServer: (dataset) => HubSpotFake.start({ dataset }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createHubSpotAdapter({
      baseUrl: fake.url,
      auth: { type: 'token', token: fake.staticToken },
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: {
    lifecycleStages: ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'],
  },
});
