import type { EncodedPaths } from './encode';
import type { PathRow } from './types';

/** A fitted absorbing Markov chain over transient states (state 0 is the start). */
export interface MarkovChain {
  /** Per state: the channel ids of its window (empty for the start). */
  windows: Int32Array[];
  /** Sparse transient transitions: for state i, `to[start[i]..start[i+1])` with `prob`. */
  rowStart: Int32Array;
  to: Int32Array;
  prob: Float64Array;
  /** Per state: probability of converting / dropping out next. */
  conv: Float64Array;
  drop: Float64Array;
}

/** Growable list of numbers backed by a typed array. */
class Numbers {
  data = new Float64Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  add(i: number, v: number): void {
    while (this.length <= i) this.push(0);
    this.data[i] = (this.data[i] as number) + v;
  }
}

/**
 * Fits the maximum-likelihood chain of order k: a state is the last (up to) k channels, each
 * path's transitions weighted by conversions + nulls, its last state → conversion by its
 * conversions and → null by its nulls (ChannelAttribution's estimator).
 */
export function fitMarkovChain(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  order: number,
): MarkovChain {
  const { ids, start } = paths;
  const channelCount = paths.channels.length;
  const base = channelCount + 1;
  if (base ** order >= 2 ** 52) {
    throw new RangeError(`order ${order} with ${channelCount} channels has too many states`);
  }
  // Order 1 counts in a dense table (state = channel id + 1); higher orders in a map.
  const dense = order === 1 ? new Float64Array(base * base) : null;
  const pairs = new Map<number, number>();
  const stateIds = new Map<number, number>([[0, 0]]);
  const windows: Int32Array[] = [new Int32Array(0)];
  const conv = new Numbers();
  const drop = new Numbers();
  const pow = base ** (order - 1);
  const stateOf = (key: number, from: number, end: number): number => {
    let id = stateIds.get(key);
    if (id === undefined) {
      id = windows.length;
      stateIds.set(key, id);
      windows.push(ids.slice(Math.max(from, end - order), end));
    }
    return id;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as PathRow;
    const from = start[r] as number;
    const length = (start[r + 1] as number) - from;
    const weight = row.conversions + row.nulls;
    if (weight === 0 || length === 0) continue;
    let prev = 0;
    let key = 0;
    for (let t = 0; t < length; t++) {
      const c = (ids[from + t] as number) + 1;
      let next: number;
      if (dense) {
        next = c;
        dense[prev * base + next] = (dense[prev * base + next] as number) + weight;
      } else {
        // Sliding window key: drop the oldest channel once the window holds k.
        key = t >= order ? (key % pow) * base + c : key * base + c;
        next = stateOf(key, from, from + t + 1);
        const pair = prev * 2 ** 26 + next;
        pairs.set(pair, (pairs.get(pair) ?? 0) + weight);
      }
      prev = next;
    }
    conv.add(prev, row.conversions);
    drop.add(prev, row.nulls);
  }
  if (dense) for (let c = 0; c < channelCount; c++) windows.push(Int32Array.of(c));
  const n = windows.length;
  conv.add(n - 1, 0);
  drop.add(n - 1, 0);

  // Row-wise sparse transitions, normalised by each state's total outflow.
  const entries: [number, number, number][] = [];
  if (dense) {
    for (let i = 0; i < n; i++)
      for (let j = 1; j < n; j++) {
        const w = dense[i * base + j] as number;
        if (w > 0) entries.push([i, j, w]);
      }
  } else {
    for (const [pair, w] of pairs) {
      const i = Math.floor(pair / 2 ** 26);
      entries.push([i, pair - i * 2 ** 26, w]);
    }
    entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (conv.data[i] as number) + (drop.data[i] as number);
  for (const [i, , w] of entries) out[i] = (out[i] as number) + w;
  const rowStart = new Int32Array(n + 1);
  for (const [i] of entries) rowStart[i + 1] = (rowStart[i + 1] as number) + 1;
  for (let i = 0; i < n; i++)
    rowStart[i + 1] = (rowStart[i + 1] as number) + (rowStart[i] as number);
  const to = new Int32Array(entries.length);
  const prob = new Float64Array(entries.length);
  entries.forEach(([i, j, w], e) => {
    to[e] = j;
    prob[e] = w / (out[i] as number);
  });
  const convP = new Float64Array(n);
  const dropP = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const total = out[i] as number;
    if (total > 0) {
      convP[i] = (conv.data[i] as number) / total;
      dropP[i] = (drop.data[i] as number) / total;
    }
  }
  return { windows, rowStart, to, prob, conv: convP, drop: dropP };
}
