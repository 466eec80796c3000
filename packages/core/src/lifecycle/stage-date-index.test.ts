import { describe, expect, it } from 'vitest';
import type { Person } from '../model/people';
import { stageDateIndex } from './stage-date-index';

describe('stageDateIndex', () => {
  it('flattens every person’s stage dates in key order, parsed once per people array', () => {
    // Raw records: an unreadable date is kept here, as a hand-built dataset may have it.
    const people = [
      { stageDates: { lead: '2026-01-01T10:00:00Z', mql: '2026-01-02T11:00:00+01:00' } },
      { stageDates: {} },
      { stageDates: { mql: 'not a time' } },
    ] as unknown as Person[];
    const index = stageDateIndex(people);
    expect(index.stages).toEqual(['lead', 'mql']);
    expect([...index.start]).toEqual([0, 2, 2, 3]);
    expect([...index.stage]).toEqual([0, 1, 1]);
    expect([...index.at]).toEqual([
      Date.parse('2026-01-01T10:00:00Z'),
      Date.parse('2026-01-02T10:00:00Z'),
      Number.NaN,
    ]);
    expect(stageDateIndex(people)).toBe(index);
  });
});
