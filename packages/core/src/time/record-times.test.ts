import { describe, expect, it } from 'vitest';
import { knownRecordTimes, recordTimes, rememberRecordTimes } from './record-times';

interface Row {
  id: string;
  at: string;
  doneAt: string | null;
}

describe('recordTimes', () => {
  const rows: Row[] = [
    { id: 'a', at: '2026-05-15T17:00:00Z', doneAt: null },
    { id: 'b', at: '2026-05-15T19:00:00+02:00', doneAt: '2026-05-16T00:00:00.250Z' },
    { id: 'c', at: 'not a time', doneAt: '2026-05-16' },
  ];

  it('parses each record’s field to epoch milliseconds, NaN where it is null or not an instant', () => {
    expect([...recordTimes(rows, 'at')]).toEqual([
      Date.parse('2026-05-15T17:00:00Z'),
      Date.parse('2026-05-15T17:00:00Z'),
      Number.NaN,
    ]);
    expect([...recordTimes(rows, 'doneAt')]).toEqual([
      Number.NaN,
      Date.parse('2026-05-16T00:00:00.250Z'),
      Date.parse('2026-05-16'),
    ]);
  });

  it('parses an array and field once and shares the result', () => {
    expect(recordTimes(rows, 'at')).toBe(recordTimes(rows, 'at'));
    expect(recordTimes(rows, 'at')).not.toBe(recordTimes([...rows], 'at'));
  });

  it('parses again when the array’s length has changed', () => {
    const grown = [...rows];
    const before = recordTimes(grown, 'at');
    grown.push({ id: 'd', at: '2026-01-01T00:00:00Z', doneAt: null });
    const after = recordTimes(grown, 'at');
    expect(after).not.toBe(before);
    expect(after[3]).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('shares times a caller parsed in its own pass, and says which are parsed already', () => {
    const copy = [...rows];
    expect(knownRecordTimes(copy, 'at')).toBeUndefined();
    const times = Float64Array.from(copy, (row) => Date.parse(row.at));
    rememberRecordTimes(copy, 'at', times);
    expect(recordTimes(copy, 'at')).toBe(times);
    expect(knownRecordTimes(copy, 'at')).toBe(times);
    expect(knownRecordTimes(copy, 'doneAt')).toBeUndefined();
  });
});
