import { describe, expect, it } from 'vitest';
import { sortByMqlTime } from './mql-order';
import type { Episode } from './types';

const episode = (id: string, mqlMs: number) => ({ id, mqlMs }) as Episode;
const ids = (episodes: readonly Episode[]) => episodes.map((ep) => ep.id);

describe('sortByMqlTime', () => {
  it('orders by MQL time, ties by id whatever the input order', () => {
    const t = Date.parse('2026-03-02T14:00:00Z');
    const input = [
      episode('p9#1', t + 1),
      episode('p2#1', t),
      episode('p10#2', t),
      episode('p1#1', t - 60_000),
      episode('p1#2', t + 1),
    ];
    expect(ids(sortByMqlTime(input))).toEqual(['p1#1', 'p10#2', 'p2#1', 'p1#2', 'p9#1']);
    expect(ids(input)).toEqual(['p9#1', 'p2#1', 'p10#2', 'p1#1', 'p1#2']);
  });

  it('agrees with a comparator sort on times the packed keys cannot hold', () => {
    const input = [
      episode('b', 2 ** 44),
      episode('a', 0.5),
      episode('c', -1),
      episode('d', 0.5),
      episode('e', 7),
    ];
    expect(ids(sortByMqlTime(input))).toEqual(['c', 'a', 'd', 'e', 'b']);
  });

  it('agrees with a comparator sort on many episodes', () => {
    const input = Array.from({ length: 5000 }, (_, i) =>
      episode(`p${(i * 7919) % 5000}#1`, 1_767_225_600_000 + ((i * 104_729) % 977) * 60_000),
    );
    const expected = input
      .slice()
      .sort((a, b) => a.mqlMs - b.mqlMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(ids(sortByMqlTime(input))).toEqual(ids(expected));
  });
});
