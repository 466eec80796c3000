import { describe, expect, it } from 'vitest';
import { collectDataset } from '../adapters/contract/collect-dataset';
import { createCsvAdapter } from './csv-adapter';
import { csvToRecords } from './read-csv';

// A hand-written import, as a new user would write it: no source columns, a note with a line
// break and a quoted comma, CRLF line ends, spellings from a CRM's UI.
const people = [
  'id,kind,firstName,emails,stageDates,createdAt,notes',
  'p1,contact,Ann,,,2026-03-01T10:00:00Z,"first line\r\nsecond, with a comma"',
  'p2,Contact,Bo,"[{""value"":""bo@example.com""}]",,2026-03-02T10:00:00Z,',
  'p3,person,Cy,,,not a date,',
  'p1,contact,Ann again,,,2026-03-03T10:00:00Z,',
].join('\r\n');

const deals = [
  'id,name,status,contacts,createdAt,closedAt',
  'd1,Won deal,Closed Won,"[{""personId"":""p2""}]",2026-03-05T10:00:00Z,2026-03-09T10:00:00Z',
  'd2,Cy deal,open,"[{""personId"":""p3""}]",2026-03-05T10:00:00Z,',
  'd3,Odd status,pending,[],2026-03-05T10:00:00Z,',
].join('\n');

const touchpoints = [
  'id,type,occurredAt,personId,channel',
  't1,Form Submission,2026-03-01T11:00:00Z,p2,Paid Search',
  't2,form_submission,2026-03-01T11:00:00Z,p2,paid serach',
].join('\n');

describe('a hand-written CSV import', () => {
  it('reports a duplicate id as a rejection naming both lines (the first row is kept)', () => {
    const result = csvToRecords('people', people);
    expect(result.records.map((record) => record.firstName)).toEqual(['Ann', 'Bo']);
    expect(result.rejected.find((row) => row.column === 'id')?.reason).toBe(
      'id "p1" is also on line 2, which is kept (line 6 is a duplicate)',
    );
    expect(result.counts).toEqual({ rows: 4, kept: 2, rejected: 2 });
  });

  it('gives the file line of each row, counting line breaks inside quoted cells above it', () => {
    const result = csvToRecords('people', people);
    expect(result.rows).toEqual([2, 4]);
    expect(result.rejected.map((row) => row.row)).toEqual([5, 6]);
  });

  it('reads an empty cell of an optional list column as its default, not a fault', () => {
    const [ann] = csvToRecords('people', people).records;
    expect(ann && 'emails' in ann).toBe(false);
    expect(ann && 'stageDates' in ann).toBe(false);
  });

  it('reports every fault of a row, not only the first', () => {
    const cy = csvToRecords('people', people).rejected.find((row) => row.row === 5);
    expect(cy?.faults.map((fault) => fault.column)).toEqual(['kind', 'createdAt']);
    expect(cy?.reason).toMatch(/^kind "person" is not one of lead, contact.*; createdAt: /);
  });

  it('defaults source to the CSV itself: provider csv, the entity and the row id', () => {
    const [ann] = csvToRecords('people', people).records;
    expect(ann?.source).toEqual({ provider: 'csv', objectType: 'people', remoteId: 'p1' });
  });

  it('accepts the spellings CRM exports use for enum values, and names the meant value otherwise', () => {
    const read = csvToRecords('touchpoints', touchpoints);
    expect(read.records[0]).toMatchObject({ type: 'form_submission', channel: 'paid_search' });
    expect(read.rejected[0]?.reason).toMatch(
      /"paid serach" is not one of .*did you mean "paid_search"/,
    );
    expect(csvToRecords('deals', deals).records[0]).toMatchObject({ status: 'won' });
  });

  it('accounts for every row in collectDataset, and names file and line in cascaded rejections', async () => {
    const adapter = createCsvAdapter({ files: { people, deals, touchpoints } });
    const result = await collectDataset(adapter);
    for (const entity of ['people', 'deals', 'touchpoints'] as const) {
      const { in: total, kept, rejected } = result.counts[entity];
      expect(total).toBe(kept + rejected);
    }
    expect(result.counts.people.in).toBe(4);
    expect(result.counts.deals).toEqual({ in: 3, kept: 1, rejected: 2 });
    expect(result.rejected.map((record) => record.reason)).toContain(
      'deals.csv line 3 "d2": contacts[0].personId "p3" refers to a person that does not exist or was rejected (people.csv line 5)',
    );
    expect(result.stats.fromBase + result.stats.fetched - result.stats.replaced).toBe(
      result.stats.kept + result.stats.rejected,
    );
  });
});
