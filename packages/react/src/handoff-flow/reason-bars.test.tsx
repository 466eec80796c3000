import { describe, expect, it } from 'vitest';
import { reasonBars, reasonEpisodes } from './reason-bars';

describe('reasonBars', () => {
  it('sorts largest first and always shows one "no reason given" bar', () => {
    const bars = reasonBars([
      { kind: 'disqualified', reason: 'No ICP fit', count: 20, share: 0.4, cameBackAsMql: 0 },
      { kind: 'recycled', reason: 'Bad timing', count: 30, share: 0.6, cameBackAsMql: 5 },
    ]);
    expect(bars.map((b) => b.key)).toEqual([
      'recycled:Bad timing',
      'disqualified:No ICP fit',
      'none',
    ]);
    expect(bars[2]).toMatchObject({ reason: null, kind: null, count: 0, share: 0 });
  });

  it('merges rejections without a reason of both kinds into one bar', () => {
    const bars = reasonBars([
      { kind: 'recycled', reason: null, count: 3, share: 0.3, cameBackAsMql: 1 },
      { kind: 'disqualified', reason: null, count: 2, share: 0.2, cameBackAsMql: 0 },
      { kind: 'recycled', reason: 'No contact', count: 5, share: 0.5, cameBackAsMql: 2 },
    ]);
    expect(bars.map((b) => [b.key, b.count])).toEqual([
      ['recycled:No contact', 5],
      ['none', 5],
    ]);
    expect(bars[1]?.share).toBeCloseTo(0.5);
    expect(bars[1]?.cameBackAsMql).toBe(1);
  });

  it('finds the episodes behind each bar', () => {
    const at = '2026-01-01T00:00:00Z';
    const map = reasonEpisodes([
      { episodeId: 'e1', rejection: { kind: 'recycled', reason: 'No contact', status: null, at } },
      { episodeId: 'e2', rejection: null },
      { episodeId: 'e3', rejection: { kind: 'disqualified', reason: null, status: null, at } },
      { episodeId: 'e4', rejection: { kind: 'recycled', reason: null, status: null, at } },
    ]);
    expect(Object.fromEntries(map)).toEqual({ 'recycled:No contact': ['e1'], none: ['e3', 'e4'] });
  });
});
