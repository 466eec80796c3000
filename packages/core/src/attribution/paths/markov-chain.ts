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

/** Per state: how often a row ended there converting / dropping out, and its window. */
interface Counts {
  windows: Int32Array[];
  conv: Float64Array;
  drop: Float64Array;
}

/**
 * The chain from the counts: transitions (state i → j with weight w, sorted by i then j),
 * normalised by each state's total outflow.
 */
function normalise(
  counts: Counts,
  entryFrom: Int32Array,
  entryTo: Int32Array,
  entryWeight: Float64Array,
): MarkovChain {
  const { windows, conv, drop } = counts;
  const n = windows.length;
  const m = entryFrom.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (conv[i] as number) + (drop[i] as number);
  for (let e = 0; e < m; e++) {
    const i = entryFrom[e] as number;
    out[i] = (out[i] as number) + (entryWeight[e] as number);
  }
  const rowStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const i = entryFrom[e] as number;
    rowStart[i + 1] = (rowStart[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++)
    rowStart[i + 1] = (rowStart[i + 1] as number) + (rowStart[i] as number);
  const prob = new Float64Array(m);
  for (let e = 0; e < m; e++)
    prob[e] = (entryWeight[e] as number) / (out[entryFrom[e] as number] as number);
  const convP = new Float64Array(n);
  const dropP = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const total = out[i] as number;
    if (total > 0) {
      convP[i] = (conv[i] as number) / total;
      dropP[i] = (drop[i] as number) / total;
    }
  }
  return { windows, rowStart, to: entryTo, prob, conv: convP, drop: dropP };
}

/**
 * First-order counts by channel id (order of appearance) into `dense` (transitions, n × n),
 * `convById` and `dropById`. Nothing follows the loop, so a compiled copy stays valid for the
 * next run (see `encodeRows`).
 */
function countFirstOrder(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  dense: Float64Array,
  convById: Float64Array,
  dropById: Float64Array,
): void {
  const { ids, start, pathOf } = paths;
  const n = convById.length;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as PathRow;
    const p = pathOf[r] as number;
    const from = start[p] as number;
    const to = start[p + 1] as number;
    const weight = row.conversions + row.nulls;
    if (weight === 0 || to === from) continue;
    let prev = 0;
    for (let i = from; i < to; i++) {
      const next = (ids[i] as number) + 1;
      dense[prev * n + next] = (dense[prev * n + next] as number) + weight;
      prev = next;
    }
    convById[prev] = (convById[prev] as number) + row.conversions;
    dropById[prev] = (dropById[prev] as number) + row.nulls;
  }
}

/**
 * First order: state = channel + 1, transitions counted in a dense table by id, then read out
 * by rank (no pass renumbering every touch).
 */
function fitFirstOrder(rows: readonly PathRow[], paths: EncodedPaths): MarkovChain {
  const { rank } = paths;
  const n = paths.channels.length + 1;
  const dense = new Float64Array(n * n);
  const convById = new Float64Array(n);
  const dropById = new Float64Array(n);
  countFirstOrder(rows, paths, dense, convById, dropById);
  const byState = new Int32Array(n);
  for (let id = 0; id + 1 < n; id++) byState[(rank[id] as number) + 1] = id + 1;
  const conv = new Float64Array(n);
  const drop = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = byState[i] as number;
    conv[i] = convById[a] as number;
    drop[i] = dropById[a] as number;
    for (let j = 0; j < n; j++) if ((dense[a * n + (byState[j] as number)] as number) > 0) m++;
  }
  const entryFrom = new Int32Array(m);
  const entryTo = new Int32Array(m);
  const entryWeight = new Float64Array(m);
  for (let i = 0, e = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const w = dense[(byState[i] as number) * n + (byState[j] as number)] as number;
      if (w <= 0) continue;
      entryFrom[e] = i;
      entryTo[e] = j;
      entryWeight[e++] = w;
    }
  const windows: Int32Array[] = [new Int32Array(0)];
  for (let c = 0; c + 1 < n; c++) windows.push(Int32Array.of(c));
  return normalise({ windows, conv, drop }, entryFrom, entryTo, entryWeight);
}

/** How an order-k chain forms its states (see `MarkovOptionsSchema.states`). */
export interface WindowRule {
  /** `sliding`: only full windows of k (a shorter path is one state); `growing`: from 1 to k. */
  states: 'sliding' | 'growing';
  /** Merge a window equal to the one before it (no self-loop), as ChannelAttribution does. */
  mergeRepeats: boolean;
}

/**
 * Order k > 1: a state is a window of (up to) k channels. Each path's states and transitions
 * are numbered once, the first time a row with journeys takes it (so numbering follows the
 * rows), and every row then adds its weight to its path's transitions.
 *
 * Sliding windows follow ChannelAttribution's `markov_model` (R/src/ChannelAttribution.cpp,
 * the loop after "riconduco a order=1"): the window moves one touch at a time over the raw
 * path, a path shorter than k is a single window, and a window equal to the previous one is
 * not a new step.
 */
function fitHigherOrder(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  order: number,
  rule: WindowRule,
): MarkovChain {
  const { ids, start, pathOf, rank } = paths;
  const sliding = rule.states === 'sliding';
  const base = paths.channels.length + 1;
  const pow = base ** (order - 1);
  const stateIds = new Map<number, number>([[0, 0]]);
  const windows: Int32Array[] = [new Int32Array(0)];
  const edgeIds = new Map<number, number>();
  const edgeKeys: number[] = [];
  // A path's touches each add at most one state and one transition: these bound both counts.
  const edgeWeight = new Float64Array(ids.length);
  const conv = new Float64Array(ids.length + 1);
  const drop = new Float64Array(ids.length + 1);
  // Per touch of a distinct path: the transition it takes; per path: its last state + 1.
  const edgeOf = new Int32Array(ids.length);
  const lastState = new Int32Array(start.length - 1);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as PathRow;
    const p = pathOf[r] as number;
    const from = start[p] as number;
    const to = start[p + 1] as number;
    const weight = row.conversions + row.nulls;
    if (weight === 0 || to === from) continue;
    if (lastState[p] === 0) {
      let prev = 0;
      let key = 0;
      // Sliding windows start once k touches are in, or at the last touch of a shorter path.
      const firstState = sliding ? Math.min(from + order - 1, to - 1) : from;
      for (let i = from; i < to; i++) {
        const t = i - from;
        // Window key: drop the oldest channel once the window holds k.
        key =
          t >= order
            ? (key % pow) * base + (ids[i] as number) + 1
            : key * base + (ids[i] as number) + 1;
        edgeOf[i] = -1;
        if (i < firstState) continue;
        let next = stateIds.get(key);
        if (next === undefined) {
          next = windows.length;
          stateIds.set(key, next);
          windows.push(
            Int32Array.from(
              ids.subarray(Math.max(from, i + 1 - order), i + 1),
              (id) => rank[id] as number,
            ),
          );
        }
        if (rule.mergeRepeats && next === prev) continue;
        const pair = prev * 2 ** 26 + next;
        let edge = edgeIds.get(pair);
        if (edge === undefined) {
          edge = edgeKeys.length;
          edgeIds.set(pair, edge);
          edgeKeys.push(pair);
        }
        edgeOf[i] = edge;
        prev = next;
      }
      lastState[p] = prev + 1;
    }
    for (let i = from; i < to; i++) {
      const edge = edgeOf[i] as number;
      if (edge >= 0) edgeWeight[edge] = (edgeWeight[edge] as number) + weight;
    }
    const last = (lastState[p] as number) - 1;
    conv[last] = (conv[last] as number) + row.conversions;
    drop[last] = (drop[last] as number) + row.nulls;
  }
  const n = windows.length;
  const m = edgeKeys.length;
  const sorted = Array.from({ length: m }, (_, e) => e).sort(
    (a, b) => (edgeKeys[a] as number) - (edgeKeys[b] as number),
  );
  const entryFrom = new Int32Array(m);
  const entryTo = new Int32Array(m);
  const entryWeight = new Float64Array(m);
  sorted.forEach((edge, e) => {
    const pair = edgeKeys[edge] as number;
    const i = Math.floor(pair / 2 ** 26);
    entryFrom[e] = i;
    entryTo[e] = pair - i * 2 ** 26;
    entryWeight[e] = edgeWeight[edge] as number;
  });
  return normalise(
    { windows, conv: conv.subarray(0, n), drop: drop.subarray(0, n) },
    entryFrom,
    entryTo,
    entryWeight,
  );
}

/**
 * Fits the maximum-likelihood chain of order k: a state is a window of k channels (see
 * `WindowRule`), each path's transitions weighted by conversions + nulls, its last state →
 * conversion by its conversions and → null by its nulls (ChannelAttribution's estimator).
 * At order 1 repeats are merged, if at all, by `encodePaths`.
 */
export function fitMarkovChain(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  order: number,
  rule: WindowRule = { states: 'sliding', mergeRepeats: true },
): MarkovChain {
  const channelCount = paths.channels.length;
  if ((channelCount + 1) ** order >= 2 ** 52) {
    throw new RangeError(`order ${order} with ${channelCount} channels has too many states`);
  }
  return order === 1 ? fitFirstOrder(rows, paths) : fitHigherOrder(rows, paths, order, rule);
}
