import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectDataset } from '../adapters/contract/collect-dataset';
import { ENTITY_NAMES } from '../model/dataset';
import { generateSampleDataset, SAMPLE_LIFECYCLE_STAGES } from '../sample/index';
import { createCsvAdapter } from './csv-adapter';
import {
  hubspotContactsExport,
  hubspotDealsExport,
  pipedriveDealsExport,
  pipedrivePeopleExport,
  salesforceLeadsReport,
  salesforceOpportunitiesReport,
} from './vendor-exports';
import { datasetToCsv } from './write-csv';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('createCsvAdapter', () => {
  it('collects the sample back from its datasetToCsv files (strings, Blobs and streams)', async () => {
    const sample = generateSampleDataset({ seed: 1, scale: 0.05 });
    const text = datasetToCsv(sample);
    const files = Object.fromEntries(
      ENTITY_NAMES.map((entity, index) => [
        entity,
        index % 3 === 0
          ? text[entity]
          : index % 3 === 1
            ? new Blob([text[entity]])
            : () => new Blob([text[entity]]).stream(),
      ]),
    );
    const adapter = createCsvAdapter({ files, batchSize: 100 });
    const result = await collectDataset(adapter, { lifecycleStages: SAMPLE_LIFECYCLE_STAGES });
    expect(result.rejected).toEqual([]);
    expect(adapter.rejected).toEqual([]);
    expect(result.dataset).toEqual(sample);
    expect(result.checkpoint?.complete).toBe(true);
  }, 20_000);

  it('reads the HubSpot, Salesforce and Pipedrive exports with the default mappings; bad rows rejected with line, column and reason', async () => {
    const adapter = createCsvAdapter({
      exports: [
        { mapping: hubspotContactsExport(), file: fixture('hubspot-contacts-export.csv') },
        { mapping: hubspotDealsExport('USD'), file: fixture('hubspot-deals-export.csv') },
        { mapping: salesforceLeadsReport(), file: fixture('salesforce-leads-report.csv') },
        {
          mapping: salesforceOpportunitiesReport(),
          file: fixture('salesforce-opportunities-report.csv'),
        },
        { mapping: pipedrivePeopleExport(), file: fixture('pipedrive-people-export.csv') },
        { mapping: pipedriveDealsExport(), file: fixture('pipedrive-deals-export.csv') },
      ],
    });
    const result = await collectDataset(adapter, {
      lifecycleStages: ['lead', 'mql', 'sql', 'customer'],
    });
    // Rows the reader rejected are rejections of the collection too, named by file and line.
    expect(result.rejected.map((record) => [record.stage, record.reason])).toEqual([
      [
        'adapter',
        'hubspot-contacts line 4 "hubspot:contacts:53": updatedAt: "yesterday" is not a date-time this reader knows',
      ],
      ['adapter', 'hubspot-contacts line 5: Record ID is empty'],
      [
        'adapter',
        'salesforce-leads line 4 "salesforce:Lead:00Q5g00000A1bCfEAF": createdAt: "13/45/2026" is not a date-time this reader knows',
      ],
      ['adapter', 'pipedrive-deals line 5 "pipedrive:deals:4": amount: "lots" is not an amount'],
    ]);
    expect(
      adapter.rejected.map(({ file, row, column, reason }) => ({ file, row, column, reason })),
    ).toEqual([
      {
        file: 'hubspot-contacts',
        row: 4,
        column: 'updatedAt',
        reason: 'updatedAt: "yesterday" is not a date-time this reader knows',
      },
      { file: 'hubspot-contacts', row: 5, column: 'Record ID', reason: 'Record ID is empty' },
      {
        file: 'salesforce-leads',
        row: 4,
        column: 'createdAt',
        reason: 'createdAt: "13/45/2026" is not a date-time this reader knows',
      },
      {
        file: 'pipedrive-deals',
        row: 5,
        column: 'amount',
        reason: 'amount: "lots" is not an amount',
      },
    ]);
    const people = result.dataset.people;
    expect(people.find((person) => person.id === 'hubspot:contacts:51')).toMatchObject({
      firstName: 'Ada',
      lifecycleStage: 'customer',
      rawLifecycleStage: 'Customer',
      emails: [{ value: 'ada@analytical.example', primary: true }],
      attribution: {
        original: { channel: 'paid_search', rawChannel: 'Paid Search', detail1: 'google' },
      },
      createdAt: '2026-03-04T08:31:00Z',
      custom: { owner: 'Ann Seller' },
    });
    expect(
      people.find((person) => person.id === 'salesforce:Lead:00Q5g00000A1bCdEAF'),
    ).toMatchObject({
      kind: 'lead',
      leadStatus: 'Working - Contacted',
      createdAt: '2026-03-07T00:00:00Z',
      attribution: { original: { channel: 'direct', rawChannel: 'Web' } },
    });
    expect(people.find((person) => person.id === 'pipedrive:persons:2')).toMatchObject({
      lifecycleStage: 'sql',
    });
    const deals = Object.fromEntries(result.dataset.deals.map((deal) => [deal.id, deal]));
    expect(deals['hubspot:deals:903']).toMatchObject({
      status: 'lost',
      amount: { amount: '9000', currency: 'USD' },
    });
    expect(deals['salesforce:Opportunity:0065g00000XyZaBAAV']).toMatchObject({
      status: 'won',
      closedAt: '2026-03-20T00:00:00Z',
      amount: { amount: '48000.00', currency: 'USD' },
    });
    expect(deals['pipedrive:deals:3']).toMatchObject({
      status: 'lost',
      lostReason: 'No budget',
      closedAt: '2026-03-25T11:00:00Z',
    });
    // 20 data rows: 16 kept, 4 rejected, all counted by the collection.
    expect(result.stats).toMatchObject({ fetched: 20, kept: 16, rejected: 4 });
    expect(result.counts.people).toEqual({ in: 10, kept: 7, rejected: 3 });
  });

  it('resumes from a checkpoint without repeating rows, and an incremental pass reads changes and deletions', async () => {
    const sample = generateSampleDataset({ seed: 1, scale: 0.02 });
    let text = datasetToCsv(sample);
    const files = Object.fromEntries(ENTITY_NAMES.map((entity) => [entity, () => text[entity]]));
    let now = Date.parse('2026-06-01T00:00:00Z');
    const adapter = createCsvAdapter({ files, batchSize: 10, clock: { now: () => now } });
    const ids: string[] = [];
    let checkpoint = null;
    for await (const batch of adapter.sync()) {
      ids.push(...batch.records.map((record) => record.id));
      checkpoint = batch.checkpoint;
      if (ids.length >= 25) break;
    }
    for await (const batch of adapter.sync({ checkpoint }))
      ids.push(...batch.records.map((record) => record.id));
    const all = ENTITY_NAMES.flatMap((entity) => sample[entity].map((record) => record.id));
    expect(ids.sort()).toEqual(all.sort());
    const first = await collectDataset(adapter, { lifecycleStages: SAMPLE_LIFECYCLE_STAGES });
    now += 60_000;
    const at = new Date(now).toISOString();
    const [deal] = sample.deals;
    const person = sample.people[0];
    const changed = {
      ...sample,
      people: sample.people.map((p) =>
        p === person ? { ...p, firstName: 'Changed', updatedAt: at } : p,
      ),
      deals: sample.deals.map((d) => (d === deal ? { ...d, deletedAt: at, updatedAt: at } : d)),
    };
    text = datasetToCsv(changed);
    const next = await collectDataset(adapter, {
      checkpoint: first.checkpoint,
      base: first.dataset,
      lifecycleStages: SAMPLE_LIFECYCLE_STAGES,
    });
    // The deal and its field history go; nothing points at it any more.
    const history = sample.changes.filter((c) => c.entity === 'deal' && c.entityId === deal?.id);
    expect(next.stats.deleted).toBe(1 + history.length);
    expect(next.rejected).toEqual([]);
    expect(next.dataset.people.find((p) => p.id === person?.id)?.firstName).toBe('Changed');
    expect(next.stats.fetched).toBeLessThan(first.stats.fetched);
  });
});
