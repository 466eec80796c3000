import { describe, expect, it } from 'vitest';
import { attributePaths } from './index';
import { exactShapley } from './shapley';
import type { PathRow } from './types';

/** v(S) by bitmask from a game written with players numbered from 1. */
function game(n: number, values: Record<string, number>): Float64Array {
  const v = new Float64Array(1 << n);
  for (const [players, value] of Object.entries(values)) {
    let mask = 0;
    for (const p of players.split(',').filter(Boolean)) mask |= 1 << (Number(p) - 1);
    v[mask] = value;
  }
  return v;
}

describe('exact Shapley on published games', () => {
  // coopgt (Vince Knight), docs "Calculate the Shapley value" and tests/test_shapley_value.py
  // test_shapley_value_calculation_for_small_example — the same game as the Sage doctest in
  // sagemath/sage src/sage/game_theory/cooperative_game.py: φ = (2, 5, 35).
  it('reproduces the coopgt / Sage three-player game', () => {
    const v = game(3, {
      '': 0,
      '1': 6,
      '2': 12,
      '3': 42,
      '1,2': 12,
      '1,3': 42,
      '2,3': 42,
      '1,2,3': 42,
    });
    expect([...exactShapley(v, 3)].map((x) => Number(x.toFixed(12)))).toEqual([2, 5, 35]);
  });

  // coopgt tests/test_shapley_value.py test_shapley_value_calculation_for_taxi_fare_calculation.
  it('reproduces the coopgt taxi fare game (2, 3)', () => {
    const v = game(2, { '1': 3, '2': 4, '1,2': 5 });
    expect([...exactShapley(v, 2)].map((x) => Number(x.toFixed(12)))).toEqual([2, 3]);
  });

  // NoFishLikeIan/CooperativeGames.jl test/runtests.jl: φ = (5, 5, 2)/3.
  it('reproduces the CooperativeGames.jl game (5/3, 5/3, 2/3)', () => {
    const v = game(3, { '1': 1, '2': 2, '3': 0, '1,2': 3, '1,3': 3, '2,3': 2, '1,2,3': 4 });
    const phi = exactShapley(v, 3);
    expect(phi[0]).toBeCloseTo(5 / 3, 14);
    expect(phi[1]).toBeCloseTo(5 / 3, 14);
    expect(phi[2]).toBeCloseTo(2 / 3, 14);
  });
});

const rows: PathRow[] = [
  { path: ['a'], conversions: 1, value: 10, nulls: 9 },
  { path: ['b', 'b'], conversions: 2, value: 30, nulls: 8 },
  { path: ['b', 'a', 'b'], conversions: 5, value: 100, nulls: 5 },
  { path: ['c', 'a'], conversions: 0, value: 0, nulls: 4 },
];
const credit = (r: ReturnType<typeof attributePaths>, ch: string) =>
  r.channels.find((c) => c.channel === ch);

describe('Shapley at path level', () => {
  it('exact with the conversions value function is the simplified Shapley (Zhao et al.)', () => {
    const exact = attributePaths(rows, { model: 'shapley' });
    const simple = attributePaths(rows, { model: 'shapley', shapley: { method: 'simplified' } });
    expect(exact.shapley?.method).toBe('exact');
    for (const ch of ['a', 'b', 'c']) {
      expect(credit(exact, ch)?.conversions).toBeCloseTo(credit(simple, ch)?.conversions ?? -1, 12);
      expect(credit(exact, ch)?.value).toBeCloseTo(credit(simple, ch)?.value ?? -1, 12);
    }
    // a: 1 + 5/2; b: 2 + 5/2; c never converts.
    expect(credit(simple, 'a')?.conversions).toBe(3.5);
    expect(credit(simple, 'b')?.conversions).toBe(4.5);
    expect(credit(simple, 'c')?.conversions).toBe(0);
  });

  it('ordered Shapley splits the simplified value by the position of first touch', () => {
    const ordered = attributePaths(rows, { model: 'shapley', shapley: { method: 'ordered' } });
    expect(credit(ordered, 'b')?.byPosition).toEqual([4.5]);
    expect(credit(ordered, 'a')?.byPosition).toEqual([1, 2.5]);
  });

  // Derived by hand (Dalessandro et al.'s rate game on {a}, {b}, {a,b}):
  // v(a)=0.1, v(b)=0.2, v(ab)=0.5 → φa = (0.1 + 0.3)/2 = 0.2, φb = (0.2 + 0.4)/2 = 0.3.
  it('uses conversion rates, non-converting journeys included, when asked', () => {
    const two = rows.slice(0, 3);
    const rate = attributePaths(two, {
      model: 'shapley',
      shapley: { valueFunction: 'conversion-rate' },
    });
    expect(credit(rate, 'a')?.shapleyValue).toBeCloseTo(0.2, 14);
    expect(credit(rate, 'b')?.shapleyValue).toBeCloseTo(0.3, 14);
    expect(credit(rate, 'a')?.conversions).toBeCloseTo(8 * 0.4, 12);
    expect(credit(rate, 'b')?.conversions).toBeCloseTo(8 * 0.6, 12);
  });

  it('samples channel orders with a fixed seed beyond maxExactChannels, efficiently and repeatably', () => {
    const options = { model: 'shapley', shapley: { maxExactChannels: 2, samples: 4000 } } as const;
    const a = attributePaths(rows, options);
    const b = attributePaths(rows, options);
    expect(a).toEqual(b);
    expect(a.shapley?.method).toBe('sampled');
    expect(a.channels.reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(8, 10);
    expect(credit(a, 'a')?.conversions).toBeCloseTo(3.5, 0);
    const rate = attributePaths(rows, {
      ...options,
      shapley: { ...options.shapley, valueFunction: 'conversion-rate' },
    });
    const exactRate = attributePaths(rows, {
      model: 'shapley',
      shapley: { valueFunction: 'conversion-rate' },
    });
    expect(credit(rate, 'a')?.shapleyValue).toBeCloseTo(
      credit(exactRate, 'a')?.shapleyValue ?? -1,
      1,
    );
  });
});

describe('bootstrap intervals', () => {
  it('are repeatable with a seed, bracket the estimate and warn below the minimum sample', () => {
    const options = { model: 'markov', bootstrap: { samples: 100, seed: 7 } } as const;
    const a = attributePaths(rows, options);
    expect(attributePaths(rows, options)).toEqual(a);
    for (const c of a.channels) {
      expect(c.intervals?.conversions.low).toBeLessThanOrEqual(c.intervals?.conversions.high ?? -1);
      expect(c.intervals?.conversions.low).toBeLessThanOrEqual(c.conversions + 1e-9);
      expect(c.intervals?.conversions.high).toBeGreaterThanOrEqual(c.conversions - 1e-9);
    }
    expect(a.bootstrap).toEqual({ samples: 100, seed: 7, confidence: 0.95 });
    expect(a.warnings[0]).toMatch(/only 8 conversions/);
    expect(attributePaths(rows, { model: 'linear', minConversions: 5 }).warnings).toEqual([]);
  });

  it('rejects unknown options and bad rows with the option named', () => {
    expect(() => attributePaths(rows, { model: 'markov', markov: { order: 5 } })).toThrow(
      /markov.order/,
    );
    expect(() => attributePaths(rows, { model: 'nope' as 'markov' })).toThrow(
      /allowed: first-touch/,
    );
    expect(() =>
      attributePaths([{ path: ['a'], conversions: -1, value: 0, nulls: 0 }], { model: 'linear' }),
    ).toThrow(RangeError);
  });
});
