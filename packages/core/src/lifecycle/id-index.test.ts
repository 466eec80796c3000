import { describe, expect, it } from 'vitest';
import { idIndex } from './id-index';

describe('idIndex', () => {
  it('finds the last record with each id, says whether ids repeat, and is built once', () => {
    const records = [{ id: 'a' }, { id: 'b' }];
    const index = idIndex(records);
    expect([...index.positionOf]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(index.unique).toBe(true);
    expect(idIndex(records)).toBe(index);
    const repeated = idIndex([{ id: 'a' }, { id: 'b' }, { id: 'a' }]);
    expect(repeated.positionOf.get('a')).toBe(2);
    expect(repeated.unique).toBe(false);
  });
});
