import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../model/sales';
import { move } from './__fixtures__/builders';
import { fieldHistory } from './field-history';

const T1 = '2026-01-01T10:00:00Z';
const T2 = '2026-01-02T10:00:00+01:00';

describe('fieldHistory', () => {
  // Raw records: a change naming no person is kept here, as a hand-built dataset may have it.
  const data = {
    people: [{ id: 'a' }, { id: 'b' }],
    changes: [
      move('b', 'lead', T1),
      move('a', 'lead', T1),
      move('b', null, T2, { field: 'owner' }),
      move('ghost', 'mql', T2),
      move('b', 'mql', T2),
    ] as FieldChange[],
  };

  it('groups one field’s changes by record position, then unknown ids, in dataset order', () => {
    const h = fieldHistory(data.changes, 'person', 'lifecycleStage', data.people);
    expect([...h.start]).toEqual([0, 1, 3, 4]);
    expect([...h.change]).toEqual([1, 0, 4, 3]);
    expect([...h.at]).toEqual([Date.parse(T1), Date.parse(T1), Date.parse(T2), Date.parse(T2)]);
    expect([...h.to].map((c) => h.values[c])).toEqual(['lead', 'lead', 'mql', 'mql']);
    expect([...h.orphans]).toEqual([3]);
    expect([h.groupOf('a'), h.groupOf('b'), h.groupOf('ghost'), h.groupOf('nobody')]).toEqual([
      0,
      1,
      2,
      undefined,
    ]);
    expect([h.recordGroup(0), h.recordGroup(1)]).toEqual([0, 1]);
    expect([...fieldHistory(data.changes, 'person', 'owner', data.people).to]).toEqual([-1]);
  });

  it('puts a repeated id’s changes at its last record, the group of every record with it', () => {
    const people = [{ id: 'b' }, { id: 'a' }, { id: 'b' }];
    const h = fieldHistory(data.changes, 'person', 'lifecycleStage', people);
    expect([...h.start]).toEqual([0, 0, 1, 3, 4]);
    expect([h.recordGroup(0), h.recordGroup(1), h.recordGroup(2)]).toEqual([2, 1, 2]);
  });

  it('is built once per changes array, records array and field', () => {
    const h = fieldHistory(data.changes, 'person', 'lifecycleStage', data.people);
    expect(fieldHistory(data.changes, 'person', 'lifecycleStage', data.people)).toBe(h);
    expect(fieldHistory([...data.changes], 'person', 'lifecycleStage', data.people)).not.toBe(h);
    expect(fieldHistory(data.changes, 'person', 'lifecycleStage', [...data.people])).not.toBe(h);
  });
});
