import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributePaths, readChannelAttributionCsv } from './index';
import type { PathRow } from './types';

// Higher-order states as ChannelAttribution forms them (DavideAltomare/ChannelAttribution,
// R/src/ChannelAttribution.cpp, `markov_model`, the loop after "riconduco a order=1"): the
// window of `order` touches moves one touch at a time over the raw path, a path shorter than
// the order is one window, and a window equal to the one before is no new step
// (`if(ichannel!=ichannel_old)`). Each row then adds conversions + nulls to every step,
// its conversions to last → (conversion) and its nulls to last → (null). This reference is
// written from that description alone, on strings, and solved by plain fixed-point iteration,
// so it shares no code with the project's chain.

function windowsOf(path: readonly string[], order: number): string[] {
  const out: string[] = [];
  for (let s = 0; ; s++) {
    const window = path.slice(s, s + order).join(' > ');
    if (window !== out[out.length - 1]) out.push(window);
    if (s + order >= path.length) return out;
  }
}

interface Reference {
  states: Set<string>;
  /** from → to → weight, with '(conversion)' and '(null)' as sinks. */
  weights: Map<string, Map<string, number>>;
}

function referenceChain(rows: readonly PathRow[], order: number): Reference {
  const states = new Set(['(start)']);
  const weights = new Map<string, Map<string, number>>();
  const add = (from: string, to: string, w: number) => {
    if (w === 0) return;
    const row = weights.get(from) ?? new Map<string, number>();
    weights.set(from, row);
    row.set(to, (row.get(to) ?? 0) + w);
  };
  for (const row of rows) {
    if (row.path.length === 0) continue;
    let prev = '(start)';
    for (const window of windowsOf(row.path, order)) {
      states.add(window);
      add(prev, window, row.conversions + row.nulls);
      prev = window;
    }
    add(prev, '(conversion)', row.conversions);
    add(prev, '(null)', row.nulls);
  }
  return { states, weights };
}

function probabilities(ref: Reference): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [from, row] of ref.weights) {
    let total = 0;
    for (const w of row.values()) total += w;
    out.set(from, new Map([...row].map(([to, w]) => [to, w / total])));
  }
  return out;
}

/** P(conversion from start) with every state naming `removed` sent to null. */
function conversionProbability(p: Map<string, Map<string, number>>, removed?: string): number {
  const value = new Map<string, number>();
  const blocked = (state: string) => removed !== undefined && state.split(' > ').includes(removed);
  for (let sweep = 0; sweep < 10_000; sweep++) {
    let change = 0;
    for (const [from, row] of p) {
      if (blocked(from)) continue;
      let v = 0;
      for (const [to, q] of row) {
        if (to === '(conversion)') v += q;
        else if (to !== '(null)' && !blocked(to)) v += q * (value.get(to) ?? 0);
      }
      change = Math.max(change, Math.abs(v - (value.get(from) ?? 0)));
      value.set(from, v);
    }
    if (change < 1e-15) break;
  }
  return value.get('(start)') ?? 0;
}

const dataCsv = readChannelAttributionCsv(
  readFileSync(new URL('./__fixtures__/channel-attribution-data.csv', import.meta.url), 'utf8'),
);

describe("ChannelAttribution's higher-order states (sliding windows, repeated windows merged)", () => {
  it('gives the published three-row reproduction: a > a > b keeps the state a > a', () => {
    const result = attributePaths(
      [
        { path: ['a', 'a'], conversions: 1, nulls: 0, value: 1 },
        { path: ['c', 'a', 'a'], conversions: 0, nulls: 1, value: 0 },
      ],
      { model: 'markov', markov: { order: 2 }, minConversions: 0 },
    );
    const by = Object.fromEntries(result.channels.map((c) => [c.channel, c]));
    expect(by.c?.removalEffect).toBeCloseTo(0.5, 15);
    expect(by.a?.conversions).toBeCloseTo(2 / 3, 15);
    expect(by.c?.conversions).toBeCloseTo(1 / 3, 15);
    expect(result.markov?.states).toEqual(['(start)', 'a > a', 'c > a']);
  });

  it('a path shorter than the order is one state; windows start full', () => {
    const result = attributePaths(
      [
        { path: ['x'], conversions: 1, nulls: 1, value: 1 },
        { path: ['x', 'y', 'z'], conversions: 1, nulls: 0, value: 1 },
      ],
      { model: 'markov', markov: { order: 2 }, minConversions: 0 },
    );
    expect(result.markov?.states).toEqual(['(start)', 'x', 'x > y', 'y > z']);
  });

  for (const [order, count] of [
    [1, 13],
    [2, 121],
    [3, 934],
  ] as const) {
    it(`matches the reference on Data.csv at order ${order}: ${count} states, the same matrix and removal effects`, () => {
      const result = attributePaths(dataCsv, { model: 'markov', markov: { order } });
      const ref = referenceChain(dataCsv, order);
      expect(ref.states.size).toBe(count);
      expect(new Set(result.markov?.states)).toEqual(ref.states);

      const p = probabilities(ref);
      const transitions = result.markov?.transitions ?? [];
      expect(transitions).toHaveLength([...p.values()].reduce((s, row) => s + row.size, 0));
      for (const t of transitions)
        expect(t.probability).toBeCloseTo(p.get(t.from)?.get(t.to) ?? Number.NaN, 14);

      const base = conversionProbability(p);
      expect(result.markov?.conversionProbability).toBeCloseTo(base, 12);
      for (const c of result.channels)
        expect(c.removalEffect).toBeCloseTo(1 - conversionProbability(p, c.channel) / base, 10);
    });
  }

  it('keeps the earlier growing windows under `states: "growing"` (115 and 790 states collapsed, 125 and 967 not)', () => {
    const count = (order: number, collapseRepeats: boolean) =>
      attributePaths(dataCsv, {
        model: 'markov',
        markov: { order, states: 'growing', collapseRepeats },
      }).markov?.states.length;
    expect([count(2, true), count(3, true), count(2, false), count(3, false)]).toEqual([
      115, 790, 125, 967,
    ]);
  });

  it('does not merge repeated windows when collapseRepeats is false (self-loops stay)', () => {
    const result = attributePaths(
      [{ path: ['a', 'a', 'a', 'b'], conversions: 1, nulls: 0, value: 1 }],
      {
        model: 'markov',
        markov: { order: 2, collapseRepeats: false },
        minConversions: 0,
      },
    );
    const loop = result.markov?.transitions.find((t) => t.from === 'a > a' && t.to === 'a > a');
    expect(loop?.probability).toBeCloseTo(0.5, 15);
  });
});

describe('unknown options of attributePaths', () => {
  it('names the key and lists what is allowed at its level', () => {
    const rows = [{ path: ['a'], conversions: 1, nulls: 0, value: 1 }];
    expect(() => attributePaths(rows, { model: 'markov', order: 2 } as never)).toThrow(
      'attributePaths: invalid options — unknown option "order"; allowed: model, markov, shapley, bootstrap, minConversions',
    );
    expect(() =>
      attributePaths(rows, { model: 'markov', markov: { order: 2, collapse: true } } as never),
    ).toThrow(
      'attributePaths: invalid options — markov: unknown option "collapse"; allowed: order, states, collapseRepeats',
    );
  });
});
