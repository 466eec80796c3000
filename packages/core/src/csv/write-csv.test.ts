import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Dataset, ENTITY_NAMES, emptyDataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import { csvColumns, datasetToCsv, entityToCsv } from './write-csv';

const deal: Deal = {
  id: 'd1',
  source: { provider: 'manual', objectType: 'deal', remoteId: '1', accountId: null, url: null },
  createdAt: '2026-01-05T10:00:00Z',
  updatedAt: null,
  deletedAt: null,
  custom: { note: 'line one\nline "two", with comma' },
  name: 'Acme, "Platform"\nrenewal',
  amount: { amount: '1250.50', currency: 'EUR' },
  status: 'won',
  closeDate: '2026-02-01',
  closedAt: '2026-02-01T12:00:00+01:00',
  pipelineId: 'p1',
  stageId: 's-won',
  rawStage: null,
  lostReason: null,
  ownerId: null,
  accountId: 'a1',
  contacts: [{ personId: 'c1', role: 'Champion', primary: true }],
  primaryCampaignId: null,
  originalSource: null,
};

function parse(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('csvColumns', () => {
  it('flattens nested objects with dotted names and keeps arrays and records as JSON', () => {
    const names = csvColumns('deals').map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'source.provider',
        'source.remoteId',
        'amount.amount',
        'amount.currency',
        'originalSource.channel',
        'originalSource.campaignId',
      ]),
    );
    const json = csvColumns('deals')
      .filter((c) => c.json)
      .map((c) => c.name);
    expect(json.sort()).toEqual(['contacts', 'custom']);
    const people = csvColumns('people');
    expect(
      people
        .filter((c) => c.json)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['custom', 'emails', 'stageDates']);
    expect(people.map((c) => c.name)).toContain('attribution.original.campaignId');
    expect(csvColumns('pipelines').find((c) => c.name === 'stages')?.json).toBe(true);
    expect(csvColumns('goals').find((c) => c.name === 'teams')?.json).toBe(true);
    expect(csvColumns('activities').find((c) => c.name === 'personIds')?.json).toBe(true);
  });
});

describe('entityToCsv', () => {
  it('escapes commas, quotes and line breaks so the text round-trips', () => {
    const text = entityToCsv('deals', [deal]);
    expect(text.endsWith('\n')).toBe(true);
    const [row] = parse(text);
    expect(row?.name).toBe(deal.name);
    expect(row?.['amount.amount']).toBe('1250.50');
    expect(row?.['amount.currency']).toBe('EUR');
    expect(row?.['source.provider']).toBe('manual');
    expect(JSON.parse(row?.custom ?? '')).toEqual(deal.custom);
    expect(JSON.parse(row?.contacts ?? '')).toEqual(deal.contacts);
    expect(row?.closedAt).toBe('2026-02-01T12:00:00+01:00');
  });

  it('writes null as an empty cell, also for every column of a null nested object', () => {
    const [row] = parse(entityToCsv('deals', [{ ...deal, amount: null, ownerId: null }]));
    expect(row?.['amount.amount']).toBe('');
    expect(row?.['amount.currency']).toBe('');
    expect(row?.ownerId).toBe('');
    expect(row?.['originalSource.channel']).toBe('');
  });

  it('can use CRLF and escape spreadsheet formulas when asked', () => {
    const hostile = { ...deal, name: '=HYPERLINK("http://x")' };
    const text = entityToCsv('deals', [hostile], { newline: '\r\n', escapeFormulae: true });
    expect(text.split('\r\n')).toHaveLength(3);
    expect(parse(text)[0]?.name).toBe(`'=HYPERLINK("http://x")`);
    expect(parse(entityToCsv('deals', [hostile]))[0]?.name).toBe('=HYPERLINK("http://x")');
  });
});

describe('datasetToCsv', () => {
  it('writes one CSV per entity, with a header even when empty', () => {
    const csv = datasetToCsv(emptyDataset());
    expect(Object.keys(csv)).toEqual(ENTITY_NAMES);
    for (const entity of ENTITY_NAMES) {
      expect(csv[entity]).toBe(
        `${csvColumns(entity)
          .map((c) => c.name)
          .join(',')}\n`,
      );
    }
  });

  it('writes one row per record', () => {
    const data: Dataset = { ...emptyDataset(), deals: [deal, { ...deal, id: 'd2' }] };
    const rows = parse(datasetToCsv(data).deals);
    expect(rows.map((r) => r.id)).toEqual(['d1', 'd2']);
  });
});
