import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../model/sales';
import { move } from './__fixtures__/builders';
import { fieldHistory, recordGroups } from './field-history';

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

  it('groups one field’s changes by record id, in dataset order, with parsed times', () => {
    const h = fieldHistory(data.changes, 'person', 'lifecycleStage');
    expect(h.ids).toEqual(['b', 'a', 'ghost']);
    expect([...h.start]).toEqual([0, 2, 3, 4]);
    expect([...h.change]).toEqual([0, 4, 1, 3]);
    expect([...h.at]).toEqual([Date.parse(T1), Date.parse(T2), Date.parse(T1), Date.parse(T2)]);
    expect([...h.to].map((c) => h.values[c])).toEqual(['lead', 'mql', 'lead', 'mql']);
    expect([...fieldHistory(data.changes, 'person', 'owner').to]).toEqual([-1]);
  });

  it('is built once per changes array and field', () => {
    const h = fieldHistory(data.changes, 'person', 'lifecycleStage');
    expect(fieldHistory(data.changes, 'person', 'lifecycleStage')).toBe(h);
    expect(fieldHistory([...data.changes], 'person', 'lifecycleStage')).not.toBe(h);
  });

  it('maps records to their group and lists changes naming no record', () => {
    const h = fieldHistory(data.changes, 'person', 'lifecycleStage');
    const groups = recordGroups(h, data.people);
    expect([...groups.group]).toEqual([1, 0]);
    expect([...groups.orphans]).toEqual([3]);
    expect(recordGroups(h, data.people)).toBe(groups);
  });
});
