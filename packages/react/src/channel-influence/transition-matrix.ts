import type { MarkovDetail } from '@closedloop/core';

/** Core's names of the chain's special states. */
export const START_STATE = '(start)';
export const CONVERSION_STATE = '(conversion)';
export const NULL_STATE = '(null)';

/** A transition matrix laid out as a heatmap: rows are "from", columns "to". */
export interface TransitionMatrix {
  /** Transient states, `(start)` first (order > 1: k-grams). */
  rows: string[];
  /** Channels in row order, then `(conversion)` and `(null)`. */
  columns: string[];
  /** `cells[r][c]`: the probability, or 0 where the chain has no transition. */
  cells: number[][];
  /** Largest probability (for the colour ramp). */
  max: number;
}

/**
 * The fitted chain's transitions as a matrix. For order 1, rows and columns are the same
 * channels; for order k > 1 the rows are the k-gram states and a transition is filed under
 * the channel it moves to (the last of the next k-gram), so columns stay channels. Each row
 * sums to 1 (within rounding): every state goes somewhere.
 */
export function transitionMatrix(
  markov: MarkovDetail,
  channelOrder: readonly string[] = [],
): TransitionMatrix {
  // Order-1 states are channels: list them in the caller's order (the bars'), start first.
  const rank = new Map(channelOrder.map((c, i) => [c, i] as const));
  const rows = [...markov.states];
  if (markov.order === 1 && rank.size > 0) {
    rows.sort((a, b) => {
      if (a === START_STATE || b === START_STATE) return a === START_STATE ? -1 : 1;
      return (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || (a < b ? -1 : 1);
    });
  }
  const rowIndex = new Map(rows.map((state, i) => [state, i] as const));
  const channelOf = (state: string) => {
    const parts = state.split(' > ');
    return parts[parts.length - 1] ?? state;
  };
  const channels: string[] = [];
  const seen = new Set<string>();
  for (const state of rows) {
    if (state === START_STATE) continue;
    const channel = channelOf(state);
    if (!seen.has(channel)) {
      seen.add(channel);
      channels.push(channel);
    }
  }
  for (const t of markov.transitions) {
    if (t.to === CONVERSION_STATE || t.to === NULL_STATE) continue;
    const channel = channelOf(t.to);
    if (!seen.has(channel)) {
      seen.add(channel);
      channels.push(channel);
    }
  }
  const columns = [...channels, CONVERSION_STATE, NULL_STATE];
  const columnIndex = new Map(columns.map((state, i) => [state, i] as const));
  const cells = rows.map(() => new Array<number>(columns.length).fill(0));
  let max = 0;
  for (const t of markov.transitions) {
    const r = rowIndex.get(t.from);
    const to = t.to === CONVERSION_STATE || t.to === NULL_STATE ? t.to : channelOf(t.to);
    const c = columnIndex.get(to);
    if (r === undefined || c === undefined) continue;
    const row = cells[r] as number[];
    row[c] = (row[c] ?? 0) + t.probability;
    if ((row[c] as number) > max) max = row[c] as number;
  }
  return { rows, columns, cells, max };
}

/** The step (0–4) of the five-step sequential ramp for a probability, by its share of `max`. */
export function rampStep(probability: number, max: number): number {
  if (max <= 0 || probability <= 0) return 0;
  return Math.min(4, Math.floor((probability / max) * 5));
}
