import { fileURLToPath } from 'node:url';
import { createCsvAdapter } from '@closedloop/core/csv';
import { generateSampleDataset, SAMPLE_LIFECYCLE_STAGES } from '@closedloop/core/sample';
import { describe, expect, it } from 'vitest';
import { runAdapterConformance } from '../conformance/run-adapter-conformance';
import { tinyCrmDataset } from '../conformance/tiny-dataset';
import { CsvFileServer } from './csv-file-server';
import { csvFilesFromDirectory } from './csv-files';

runAdapterConformance({
  name: 'CSV files, tiny dataset',
  dataset: tinyCrmDataset(),
  createServer: (dataset) => CsvFileServer.start(dataset),
  createAdapter: (server, { clock }) =>
    createCsvAdapter({ files: server.files(), batchSize: 2, clock }),
  parse: {
    lifecycleStages: ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'],
  },
  faults: false,
  oddData: { relationFindings: false },
});

runAdapterConformance({
  name: 'CSV files, sample dataset (seed 1, scale 0.05)',
  dataset: generateSampleDataset({ seed: 1, scale: 0.05 }),
  createServer: (dataset) => CsvFileServer.start(dataset),
  createAdapter: (server, { clock }) =>
    createCsvAdapter({ files: server.files(), batchSize: 200, clock }),
  parse: { lifecycleStages: SAMPLE_LIFECYCLE_STAGES },
  faults: false,
  crashPoints: 1,
  oddData: { relationFindings: false },
});

describe('csvFilesFromDirectory', () => {
  it('finds the twelve committed sample files', async () => {
    const files = csvFilesFromDirectory(
      fileURLToPath(new URL('../../../../data/sample', import.meta.url)),
    );
    expect(Object.keys(files)).toHaveLength(12);
    expect(await files.users?.()).toMatch(/^id,source\.provider/);
  });
});
