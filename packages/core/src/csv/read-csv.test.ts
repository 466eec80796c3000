import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../model/dataset';
import { parseDataset } from '../model/parse-dataset';
import { generateSampleDataset, SAMPLE_LIFECYCLE_STAGES } from '../sample/index';
import { csvToRecords, readCsvText } from './read-csv';
import { datasetToCsv, entityToCsv } from './write-csv';

function readAll(files: Record<EntityName, string>) {
  const input = Object.fromEntries(
    ENTITY_NAMES.map((entity) => [entity, csvToRecords(entity, files[entity]).records]),
  );
  return parseDataset(input, { lifecycleStages: SAMPLE_LIFECYCLE_STAGES });
}

describe('csvToRecords', () => {
  it('round-trips the sample: datasetToCsv, then read, deep-equals the dataset', () => {
    // 10% scale keeps the test fast; every entity and column still occurs.
    const sample = generateSampleDataset({ seed: 1, scale: 0.1 });
    const { dataset, rejected } = readAll(datasetToCsv(sample));
    expect(rejected).toEqual([]);
    expect(dataset).toEqual(sample);
  }, 30_000);

  it.each(['users', 'accounts', 'pipelines', 'deals', 'campaigns', 'goals'] as const)(
    'reads the committed data/sample/%s.csv and writes it back byte for byte',
    (entity) => {
      const text = readFileSync(
        new URL(`../../../../data/sample/${entity}.csv`, import.meta.url),
        'utf8',
      );
      const result = csvToRecords(entity, text);
      expect(result.rejected).toEqual([]);
      const records = result.records.map((record) => ENTITY_SCHEMAS[entity].parse(record));
      expect(entityToCsv(entity, records)).toBe(text);
    },
  );

  it('rejects bad rows with line, column and reason, keeps the rest, and the counts reconcile', () => {
    const text = [
      'id,source.provider,source.objectType,source.remoteId,name,amount.amount,amount.currency,status,contacts',
      'd1,csv,deal,1,Good,100.00,USD,won,[]',
      'd2,csv,deal,2,Bad status,100.00,USD,pending,[]',
      'd3,csv,deal,3,Bad JSON,100.00,USD,open,[{',
      'd4,csv,deal,4,Short row',
      'd5,csv,deal,5,Bad money,12;50,USD,open,[]',
    ].join('\n');
    const result = csvToRecords('deals', text);
    expect(result.records.map((record) => record.id)).toEqual(['d1']);
    expect(result.rejected.map(({ row, column, reason }) => ({ row, column, reason }))).toEqual([
      { row: 3, column: 'status', reason: expect.stringContaining('status') },
      { row: 4, column: 'contacts', reason: 'contacts is not valid JSON' },
      { row: 5, column: null, reason: expect.stringMatching(/few fields|expected 9 cells/i) },
      { row: 6, column: 'amount.amount', reason: expect.stringContaining('decimal') },
    ]);
    expect(result.counts).toEqual({ rows: 5, kept: 1, rejected: 4 });
  });

  it('reads strings, Blobs and byte streams alike, dropping a byte-order mark', async () => {
    const text = '\uFEFFid,name\nu1,Ann\n';
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 7));
        controller.enqueue(bytes.slice(7));
        controller.close();
      },
    });
    for (const source of [text, new Blob([text]), stream])
      expect(await readCsvText(source)).toBe('id,name\nu1,Ann\n');
  });
});
