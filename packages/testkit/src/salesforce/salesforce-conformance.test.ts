import { createSalesforceAdapter } from '@closedloop/core/salesforce';
import { generateSampleDataset, SAMPLE_LIFECYCLE_STAGES } from '@closedloop/core/sample';
import { runAdapterConformance } from '../conformance/run-adapter-conformance';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { SalesforceFake } from './salesforce-fake';
import { salesforceShapedDataset } from './salesforce-shaped-dataset';

/** OAuth whose refresh callback calls the fake's token endpoint (refreshed once on 401 INVALID_SESSION_ID). */
function oauth(fake: SalesforceFake) {
  return {
    type: 'oauth' as const,
    accessToken: fake.issueSessionId(),
    refresh: async () => {
      const response = await fetch(`${fake.url}/services/oauth2/token`, {
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

const tiny = salesforceShapedDataset(tinyCrmDataset());

runAdapterConformance({
  name: 'Salesforce, tiny dataset, batches of 3',
  dataset: tiny,
  createServer: (dataset) => SalesforceFake.start({ dataset, query: { maxBatchSize: 3 } }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createSalesforceAdapter({
      instanceUrl: fake.url,
      auth: oauth(fake),
      pipelineName: tiny.pipelines[0]?.name ?? 'Opportunities',
      mapping: { lifecycleField: 'Lifecycle_Stage__c' },
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: {
    lifecycleStages: ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'],
  },
});

const sample = salesforceShapedDataset(generateSampleDataset({ seed: 1, scale: 0.05 }));

// The embedded sample at 5% scale: leads and contacts, two pipelines merged into the org's
// one stage list, campaign members, tasks and events, history. Faults are covered above.
runAdapterConformance({
  name: 'Salesforce, sample dataset (seed 1, scale 0.05), batches of 250',
  dataset: sample,
  createServer: (dataset) => SalesforceFake.start({ dataset, query: { maxBatchSize: 250 } }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createSalesforceAdapter({
      instanceUrl: fake.url,
      auth: { type: 'token', token: fake.issueSessionId(Number.POSITIVE_INFINITY) },
      pipelineName: sample.pipelines[0]?.name ?? 'Opportunities',
      mapping: {
        lifecycleField: 'Lifecycle_Stage__c',
        lifecycleValues: Object.fromEntries(SAMPLE_LIFECYCLE_STAGES.map((stage) => [stage, stage])),
      },
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: { lifecycleStages: SAMPLE_LIFECYCLE_STAGES },
  faults: false,
  crashPoints: 1,
});
