import type { EncodedPaths } from './encode';
import { seededRandom } from './random';
import type { PathAttribution, PathRow } from './types';

/** How Shapley values are computed. */
export type ShapleyMethod = 'exact' | 'simplified' | 'ordered' | 'sampled';

/**
 * The characteristic function: `conversions` — v(S) = conversions of journeys whose channel
 * set is within S (Zhao et al. 2018); `conversion-rate` — v(S) = conversion rate of journeys
 * exposed to exactly S (Dalessandro et al. 2012), so non-converting journeys count.
 */
export type ShapleyValueFunction = 'conversions' | 'conversion-rate';

/** Journeys grouped by their set of distinct channels. */
interface Coalition {
  members: Int32Array;
  conversions: number;
  value: number;
  nulls: number;
}

function coalitions(rows: readonly PathRow[], paths: EncodedPaths): Coalition[] {
  const { ids, start, pathOf, rank } = paths;
  // Up to 31 channels a set is a bitmask; beyond, its sorted ids joined.
  const small = paths.channels.length <= 31;
  const byKey = new Map<number | string, Coalition>();
  // Each distinct path's coalition, found the first time a row takes it (null: no channels).
  const ofPath: (Coalition | null | undefined)[] = new Array(start.length - 1);
  const mark = new Int32Array(paths.channels.length).fill(-1);
  const members: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as PathRow;
    const p = pathOf[r] as number;
    let c = ofPath[p];
    if (c === undefined) {
      members.length = 0;
      let mask = 0;
      for (let i = start[p] as number; i < (start[p + 1] as number); i++) {
        const id = rank[ids[i] as number] as number;
        if (mark[id] === p) continue;
        mark[id] = p;
        members.push(id);
        mask |= 1 << id;
      }
      c = null;
      if (members.length > 0) {
        members.sort((x, y) => x - y);
        const key = small ? mask : members.join(',');
        c = byKey.get(key) ?? null;
        if (!c) {
          c = { members: Int32Array.from(members), conversions: 0, value: 0, nulls: 0 };
          byKey.set(key, c);
        }
      }
      ofPath[p] = c;
    }
    if (c === null) continue;
    c.conversions += row.conversions;
    c.value += row.value;
    c.nulls += row.nulls;
  }
  return [...byKey.values()];
}

/**
 * Zhao et al.'s simplified Shapley: `φ_j = Σ_{S∋j} R(S)/|S|` — each journey's conversions
 * (and value) split evenly over its distinct channels. With `ordered`, also by the position
 * (order of first touch) the channel took in the journey.
 */
function simplified(
  sets: readonly Coalition[],
  channelCount: number,
  ordered: boolean,
  paths: EncodedPaths,
  rows: readonly PathRow[],
) {
  const conversions = new Float64Array(channelCount);
  const value = new Float64Array(channelCount);
  const byPosition: number[][] = Array.from({ length: channelCount }, () => []);
  if (ordered) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as PathRow;
      const p = paths.pathOf[r] as number;
      const ids = paths.ids.subarray(paths.start[p], paths.start[p + 1]);
      const order = [...new Set(Array.from(ids, (id) => paths.rank[id] as number))];
      order.forEach((c, i) => {
        const positions = byPosition[c] as number[];
        while (positions.length <= i) positions.push(0);
        positions[i] = (positions[i] as number) + row.conversions / order.length;
      });
    }
  }
  for (const s of sets) {
    for (const c of s.members) {
      conversions[c] = (conversions[c] as number) + s.conversions / s.members.length;
      value[c] = (value[c] as number) + s.value / s.members.length;
    }
  }
  return { phi: conversions, phiValue: value, byPosition: ordered ? byPosition : null };
}

/** v(S) for every bitmask S of n channels, from the coalitions, for one measure. */
function characteristic(
  sets: readonly Coalition[],
  n: number,
  fn: ShapleyValueFunction,
  measure: 'conversions' | 'value',
): Float64Array {
  const v = new Float64Array(1 << n);
  for (const s of sets) {
    let mask = 0;
    for (const c of s.members) mask |= 1 << c;
    if (fn === 'conversions') v[mask] = (v[mask] as number) + s[measure];
    else {
      const journeys = s.conversions + s.nulls;
      v[mask] = journeys > 0 ? s[measure] / journeys : 0;
    }
  }
  // Conversions of journeys within S: the subset-sum (zeta) transform.
  if (fn === 'conversions')
    for (let b = 0; b < n; b++)
      for (let mask = 0; mask < 1 << n; mask++)
        if (mask & (1 << b)) v[mask] = (v[mask] as number) + (v[mask ^ (1 << b)] as number);
  return v;
}

/**
 * Exact Shapley values of a game given as v(S) for every bitmask S of n players (player i is
 * bit i): `φ_i = Σ_{S∌i} |S|!(n−|S|−1)!/n! · (v(S∪i) − v(S))`, over 2ⁿ sets. */
export function exactShapley(v: Float64Array, n: number): Float64Array {
  const weight = new Float64Array(n);
  // w(s) = s!(n−s−1)!/n! = 1 / (n · C(n−1, s)).
  for (let s = 0; s < n; s++) {
    let binom = 1;
    for (let k = 1; k <= s; k++) binom = (binom * (n - 1 - s + k)) / k;
    weight[s] = 1 / (n * binom);
  }
  const popcount = new Uint8Array(1 << n);
  for (let mask = 1; mask < 1 << n; mask++)
    popcount[mask] = (popcount[mask >> 1] as number) + (mask & 1);
  const phi = new Float64Array(n);
  for (let mask = 0; mask < 1 << n; mask++) {
    const w = weight[popcount[mask] as number] as number;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      phi[i] = (phi[i] as number) + w * ((v[mask | (1 << i)] as number) - (v[mask] as number));
    }
  }
  return phi;
}

/**
 * Shapley values by sampling channel orders (fixed seed): each order credits every channel
 * its marginal contribution, so every sample — and their mean — sums to v(N) − v(∅).
 */
function sampled(
  sets: readonly Coalition[],
  n: number,
  fn: ShapleyValueFunction,
  measure: 'conversions' | 'value',
  samples: number,
  seed: number,
): Float64Array {
  const random = seededRandom(seed);
  const phi = new Float64Array(n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const position = new Int32Array(n);
  const exactRate = new Map<string, number>();
  if (fn === 'conversion-rate')
    for (const s of sets) {
      const journeys = s.conversions + s.nulls;
      exactRate.set(s.members.join(','), journeys > 0 ? s[measure] / journeys : 0);
    }
  for (let t = 0; t < samples; t++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    if (fn === 'conversions') {
      // A journey's conversions are the marginal of its set's last member in the order.
      for (let i = 0; i < n; i++) position[order[i] as number] = i;
      for (const s of sets) {
        let last = s.members[0] as number;
        for (const c of s.members)
          if ((position[c] as number) > (position[last] as number)) last = c;
        phi[last] = (phi[last] as number) + s[measure];
      }
    } else {
      const members: number[] = [];
      let before = 0;
      for (let i = 0; i < n; i++) {
        const c = order[i] as number;
        members.push(c);
        members.sort((a, b) => a - b);
        const now = exactRate.get(members.join(',')) ?? 0;
        phi[c] = (phi[c] as number) + now - before;
        before = now;
      }
    }
  }
  for (let i = 0; i < n; i++) phi[i] = (phi[i] as number) / samples;
  return phi;
}

/** Shapley options after defaults. */
export interface ShapleySettings {
  method: ShapleyMethod;
  valueFunction: ShapleyValueFunction;
  maxExactChannels: number;
  samples: number;
  seed: number;
}

/**
 * Shapley attribution: the channels' Shapley values (`phi`, under the value function) and
 * credited conversions and value, which sum to the totals. With the conversion-rate value
 * function the values are scaled to the totals (`C · φ_k / Σφ`).
 */
export function shapleyCredits(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  settings: ShapleySettings,
  totals: Pick<PathAttribution['totals'], 'conversions' | 'value'>,
): {
  phi: Float64Array;
  conversions: Float64Array;
  value: Float64Array;
  byPosition: number[][] | null;
  method: ShapleyMethod;
} {
  const channelCount = paths.channels.length;
  const sets = coalitions(rows, paths);
  let method = settings.method;
  if (method === 'exact' && channelCount > settings.maxExactChannels) method = 'sampled';
  if (method === 'simplified' || method === 'ordered') {
    const s = simplified(sets, channelCount, method === 'ordered', paths, rows);
    return { phi: s.phi, conversions: s.phi, value: s.phiValue, byPosition: s.byPosition, method };
  }
  const solve = (measure: 'conversions' | 'value') =>
    method === 'exact'
      ? exactShapley(
          characteristic(sets, channelCount, settings.valueFunction, measure),
          channelCount,
        )
      : sampled(
          sets,
          channelCount,
          settings.valueFunction,
          measure,
          settings.samples,
          settings.seed,
        );
  const phi = solve('conversions');
  if (settings.valueFunction === 'conversions')
    return { phi, conversions: phi, value: solve('value'), byPosition: null, method };
  let sum = 0;
  for (const x of phi) sum += x;
  const conversions = phi.map((x) => (sum === 0 ? 0 : (totals.conversions * x) / sum));
  const value = phi.map((x) => (sum === 0 ? 0 : (totals.value * x) / sum));
  return { phi, conversions, value, byPosition: null, method };
}
