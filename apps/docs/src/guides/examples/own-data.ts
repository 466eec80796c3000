import { collectDataset, ENTITY_NAMES, parseDataset } from '@closedloop/core';
import {
  type CsvExportMapping,
  createCsvAdapter,
  datasetToCsv,
  entityToCsv,
  exportAmount,
  exportDate,
  exportInstant,
  hubspotContactsExport,
  mapCsvExport,
} from '@closedloop/core/csv';
import { generateSampleDataset } from '@closedloop/core/sample';

// 1. JSON shaped like a Dataset: every entity is an array; missing arrays are empty.
export function loadJson(json: unknown) {
  const { dataset, rejected, counts, warnings } = parseDataset(json, {
    lifecycleStages: ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'],
  });
  // Nothing is dropped silently: per entity, in = kept + rejected, each rejection says why.
  console.log(counts.deals); // { in: 412, kept: 410, rejected: 2 }
  for (const r of rejected) console.warn(r.entity, r.index, r.id, r.field, r.reason);
  for (const w of warnings) console.info(w);
  return dataset;
}

// 2. One CSV per entity, the format datasetToCsv writes (the template on this page).
export async function loadCsvFiles(files: { people: File; deals: File; touchpoints: File }) {
  const adapter = createCsvAdapter({ files });
  const { dataset, rejected } = await collectDataset(adapter);
  for (const row of adapter.rejected) console.warn(`${row.file} line ${row.row}: ${row.reason}`);
  for (const r of rejected) console.warn(r.reason);
  return dataset;
}

// 3. A CRM's standard export, read with its column mapping.
export async function loadHubSpotExport(contacts: File) {
  const adapter = createCsvAdapter({
    exports: [{ mapping: hubspotContactsExport(), file: contacts }],
  });
  return (await collectDataset(adapter)).dataset;
}

// 4. A warehouse export with your own column names: map each model field to a column or a function.
export const warehouseDeals: CsvExportMapping = {
  name: 'warehouse-opportunities',
  entity: 'deals',
  provider: 'manual',
  objectType: 'opportunity',
  idColumn: 'OPPORTUNITY_ID',
  fields: {
    name: 'OPPORTUNITY_NAME',
    'amount.amount': (row) => exportAmount(row.AMOUNT_USD),
    'amount.currency': () => 'USD',
    status: (row) => (row.IS_WON === 'true' ? 'won' : row.IS_CLOSED === 'true' ? 'lost' : 'open'),
    createdAt: (row) => exportInstant(row.CREATED_AT),
    closedAt: (row) => exportInstant(row.CLOSED_AT),
    closeDate: (row) => exportDate(row.CLOSE_DATE),
    accountId: (row) => (row.ACCOUNT_ID ? `manual:account:${row.ACCOUNT_ID}` : null),
  },
};
export function readWarehouseDeals(text: string) {
  const { records, rejected } = mapCsvExport(warehouseDeals, text);
  for (const r of rejected) console.warn(`line ${r.row} (${r.column ?? 'row'}): ${r.reason}`);
  return records;
}

// The template: the sample's own files, one per entity, with every column the reader knows.
const sample = generateSampleDataset({ scale: 0.05 });
export const fullTemplates: Record<string, string> = datasetToCsv(sample);
// Three records of each entity are enough to show the format.
export const templates = Object.fromEntries(
  ENTITY_NAMES.map((entity) => [entity, entityToCsv(entity, sample[entity].slice(0, 3))]),
);
