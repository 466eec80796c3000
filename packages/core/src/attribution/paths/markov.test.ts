import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributePaths, readChannelAttributionCsv } from './index';
import type { PathRow } from './types';

const csv = readFileSync(
  new URL('./__fixtures__/channel-attribution-data.csv', import.meta.url),
  'utf8',
);

const byChannel = (result: ReturnType<typeof attributePaths>) =>
  Object.fromEntries(result.channels.map((c) => [c.channel, c]));

// The guide's three-path example (shared/guide/attribution.md §4): Bryl, "Marketing
// Multi-Channel Attribution model with R (part 1)",
// http://analyzecore.com/2016/08/03/attribution-model-r-part-1/ ; the same numbers are the
// contract of jerednel/markov-chain-attribution (tests/test_markov_model_attribution.py) and
// JesseCastro/markovattribution (test/test.js).
const threePaths: PathRow[] = [
  { path: ['C1', 'C2', 'C3'], conversions: 1, value: 1000, nulls: 0 },
  { path: ['C1'], conversions: 0, value: 0, nulls: 1 },
  { path: ['C2', 'C3'], conversions: 0, value: 0, nulls: 1 },
];

describe('Markov removal effect — the published three-path example', () => {
  const result = attributePaths(threePaths, { model: 'markov' });
  const c = byChannel(result);

  it('fits the published transition probabilities', () => {
    const p = (from: string, to: string) =>
      result.markov?.transitions.find((t) => t.from === from && t.to === to)?.probability;
    expect(p('(start)', 'C1')).toBeCloseTo(2 / 3, 15);
    expect(p('(start)', 'C2')).toBeCloseTo(1 / 3, 15);
    expect(p('C1', 'C2')).toBe(0.5);
    expect(p('C1', '(null)')).toBe(0.5);
    expect(p('C2', 'C3')).toBe(1);
    expect(p('C3', '(conversion)')).toBe(0.5);
  });

  it('gives P(conv) = 1/3, removal effects 0.5 / 1 / 1 and credits 0.2 / 0.4 / 0.4', () => {
    expect(result.markov?.conversionProbability).toBeCloseTo(1 / 3, 14);
    expect(result.markov?.solver).toBe('exact');
    expect(c.C1?.removalEffect).toBeCloseTo(0.5, 14);
    expect(c.C2?.removalEffect).toBeCloseTo(1, 14);
    expect(c.C3?.removalEffect).toBeCloseTo(1, 14);
    expect(c.C1?.conversions).toBeCloseTo(0.2, 14);
    expect(c.C2?.conversions).toBeCloseTo(0.4, 14);
    expect(c.C3?.conversions).toBeCloseTo(0.4, 14);
    expect(c.C1?.value).toBeCloseTo(200, 10);
    expect(c.C2?.value).toBeCloseTo(400, 10);
    expect(c.C3?.value).toBeCloseTo(400, 10);
  });

  it('order 2 keeps these numbers; orders 3–4 separate the converting C2 > C3 (derived)', () => {
    const two = byChannel(attributePaths(threePaths, { model: 'markov', markov: { order: 2 } }));
    expect(two.C1?.conversions).toBeCloseTo(0.2, 12);
    expect(two.C2?.conversions).toBeCloseTo(0.4, 12);
    // With windows of 3, only C1 > C2 > C3 converts: removing any channel loses everything.
    for (const order of [3, 4]) {
      const k = byChannel(attributePaths(threePaths, { model: 'markov', markov: { order } }));
      for (const ch of ['C1', 'C2', 'C3']) expect(k[ch]?.removalEffect).toBeCloseTo(1, 12);
    }
  });

  it('credits last touch as published for comparison (C3 = 1)', () => {
    const last = byChannel(attributePaths(threePaths, { model: 'last-touch' }));
    expect(last.C3?.conversions).toBe(1);
  });
});

// stats.stackexchange.com/questions/381305 (quoting Bryl, part 2): first-order removal
// effects do not change when consecutive repeats are collapsed; the matrices do.
describe('repeat collapse', () => {
  it('keeps first-order removal effects, changes the transition matrix', () => {
    const rows: PathRow[] = [
      { path: ['a', 'b', 'b', 'b', 'c'], conversions: 3, value: 30, nulls: 2 },
      { path: ['b', 'b', 'a'], conversions: 1, value: 5, nulls: 4 },
      { path: ['c', 'c'], conversions: 0, value: 0, nulls: 3 },
      { path: ['a', 'c', 'a'], conversions: 2, value: 8, nulls: 1 },
    ];
    const on = attributePaths(rows, { model: 'markov' });
    const off = attributePaths(rows, { model: 'markov', markov: { collapseRepeats: false } });
    for (const channel of ['a', 'b', 'c'])
      expect(byChannel(off)[channel]?.removalEffect).toBeCloseTo(
        byChannel(on)[channel]?.removalEffect ?? -1,
        12,
      );
    expect(off.markov?.transitions.some((t) => t.from === 'b' && t.to === 'b')).toBe(true);
    expect(on.markov?.transitions.some((t) => t.from === 'b' && t.to === 'b')).toBe(false);
  });
});

// ChannelAttribution's example data (python/src/cypack/data/Data.csv, R `data(PathData)`),
// checked against the sums in shared/data/path-data/README.md.
describe('ChannelAttribution Data.csv', () => {
  const rows = readChannelAttributionCsv(csv);

  it('is the published file (checksums of the README beside it)', () => {
    expect(createHash('sha256').update(csv).digest('hex')).toBe(
      'ebf235abf93a7fe0d1918a61ad30cfe39f4ef3fe2ed73784ced25b9120c3138d',
    );
    expect(rows).toHaveLength(10_000);
    expect(rows.reduce((s, r) => s + r.conversions, 0)).toBe(19_785);
    expect(rows.reduce((s, r) => s + r.nulls, 0)).toBe(68_602);
    expect(rows.reduce((s, r) => s + r.value, 0)).toBeCloseTo(74_802.9716, 3);
    expect(new Set(rows.flatMap((r) => r.path)).size).toBe(12);
    expect(rows[0]).toEqual({
      path: ['eta', 'iota', 'alpha', 'eta'],
      conversions: 1,
      value: 0.244,
      nulls: 3,
    });
  });

  it('conserves P(conv) = Σc / (Σc + Σu) at every order and credits sum to the totals', () => {
    for (const order of [1, 2, 3]) {
      const result = attributePaths(rows, { model: 'markov', markov: { order } });
      expect(result.markov?.conversionProbability).toBeCloseTo(19_785 / (19_785 + 68_602), 12);
      expect(result.channels.reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(19_785, 6);
      expect(result.channels.reduce((s, c) => s + c.value, 0)).toBeCloseTo(74_802.9716, 3);
    }
  });

  it('gives the same first-order removal effects from the dense identity and the sparse solver', () => {
    const exact = attributePaths(rows, { model: 'markov' });
    expect(exact.markov?.solver).toBe('exact');
    // Order 1 with windows of one channel: the sparse solver reached through order 2 on paths
    // of length ≤ 1 is the same chain, so compare the identity with 1 − P₋ₖ/P on short paths.
    const short = rows.map((r) => ({ ...r, path: r.path.slice(0, 1) }));
    const dense = byChannel(attributePaths(short, { model: 'markov' }));
    const sparse = byChannel(attributePaths(short, { model: 'markov', markov: { order: 2 } }));
    for (const c of exact.channels) {
      expect(c.removalEffect).toBeGreaterThan(0);
      expect(dense[c.channel]?.removalEffect).toBeCloseTo(
        sparse[c.channel]?.removalEffect ?? -1,
        12,
      );
    }
  });
});

describe('reader', () => {
  it('reads columns in any order, trims channels and rejects bad numbers with the line', () => {
    expect(
      readChannelAttributionCsv('total_null;path;total_conversions\n2; a >b > c ;1\n\n'),
    ).toEqual([{ path: ['a', 'b', 'c'], conversions: 1, value: 0, nulls: 2 }]);
    const [a, b, c] = readChannelAttributionCsv('path;total_conversions\na > b;1\na > b;2\nb;0');
    expect(a?.path).toBe(b?.path); // same path: one shared array
    expect(c?.path).toEqual(['b']);
    expect(() => readChannelAttributionCsv('path;total_conversions\na;x')).toThrow(/line 2/);
    expect(() => readChannelAttributionCsv('foo;bar\n')).toThrow(/header/);
  });
});

describe('row checks', () => {
  it('names the row and field of a count that is not a finite number ≥ 0', () => {
    const row = { path: ['a'], conversions: 1, value: 2, nulls: 0 };
    expect(() => attributePaths([row, { ...row, value: -1 }], { model: 'markov' })).toThrow(
      'row 1: value must be a finite number ≥ 0, got -1',
    );
    expect(() => attributePaths([{ ...row, nulls: Number.NaN }], { model: 'linear' })).toThrow(
      'row 0: nulls must be a finite number ≥ 0, got NaN',
    );
  });
});
