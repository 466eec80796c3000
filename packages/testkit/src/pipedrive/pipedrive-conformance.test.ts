import { createPipedriveAdapter } from '@closedloop/core/pipedrive';
import { generateSampleDataset, SAMPLE_LIFECYCLE_STAGES } from '@closedloop/core/sample';
import { runAdapterConformance } from '../conformance/run-adapter-conformance';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { PipedriveFake } from './pipedrive-fake';
import { pipedriveRepresentable } from './pipedrive-representable';

const TINY_STAGES = ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'];

/** The fake names person labels after the lifecycle stages; map them one to one. */
const labelsFor = (stages: readonly string[]) =>
  Object.fromEntries(stages.map((stage) => [stage, stage]));

/** An OAuth connection whose refresh callback calls the fake's token endpoint. */
function oauth(fake: PipedriveFake) {
  return {
    type: 'oauth' as const,
    accessToken: fake.issueAccessToken(),
    refresh: async () => {
      const response = await fetch(`${fake.url}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa('client-id:client-secret')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: 'fake-pipedrive-refresh-token',
        }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    },
  };
}

runAdapterConformance({
  name: 'Pipedrive, tiny dataset, API token',
  dataset: tinyCrmDataset(),
  representable: pipedriveRepresentable,
  oddData: { personDeletions: false, relationFindings: false },
  createServer: (dataset) => PipedriveFake.start({ dataset }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createPipedriveAdapter({
      baseUrl: fake.url,
      auth: { type: 'token', token: fake.apiToken },
      mapping: { personLabels: labelsFor(TINY_STAGES) },
      pageSize: 2,
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: { lifecycleStages: TINY_STAGES },
});

runAdapterConformance({
  name: 'Pipedrive, tiny dataset, OAuth',
  dataset: tinyCrmDataset(),
  representable: pipedriveRepresentable,
  oddData: { personDeletions: false, relationFindings: false },
  createServer: (dataset) => PipedriveFake.start({ dataset }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createPipedriveAdapter({
      baseUrl: fake.url,
      auth: oauth(fake),
      mapping: { personLabels: labelsFor(TINY_STAGES) },
      pageSize: 3,
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: { lifecycleStages: TINY_STAGES },
  faults: false,
  crashPoints: 1,
});

// The embedded sample at 5% scale (84 people, 55 leads, 433 activities, deal history).
runAdapterConformance({
  name: 'Pipedrive, sample dataset (seed 1, scale 0.05), API token',
  dataset: generateSampleDataset({ seed: 1, scale: 0.05 }),
  representable: pipedriveRepresentable,
  oddData: { personDeletions: false, relationFindings: false },
  createServer: (dataset) => PipedriveFake.start({ dataset }),
  createAdapter: (fake, { clock, timeoutMs, maxRetries }) =>
    createPipedriveAdapter({
      baseUrl: fake.url,
      auth: { type: 'token', token: fake.apiToken },
      mapping: { personLabels: labelsFor(SAMPLE_LIFECYCLE_STAGES) },
      transport: { clock, timeoutMs, retry: { maxRetries }, rateLimitMarginMs: 0 },
    }),
  parse: { lifecycleStages: SAMPLE_LIFECYCLE_STAGES },
  faults: false,
  crashPoints: 1,
});
