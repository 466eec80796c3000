import type { ChannelDelta, ModelComparison as ModelComparisonResult } from '@closedloop/core';

/** One model's value on one channel row. */
export interface ComparisonDot {
  /** Index of the model in `comparison.models` (0 is the baseline). */
  model: number;
  /** The value as core gives it (exact decimal string, reporting currency). */
  amount: string;
  /** The value as a number, for the scale. */
  value: number;
  /** Share of the model's total, 0–1. */
  share: number;
  /** model − baseline (exact decimal string); `0` for the baseline itself. */
  delta: string;
  /** The delta as a number. */
  deltaValue: number;
  /** delta / baseline value, or null when the baseline value is zero. */
  deltaRatio: number | null;
  /** Why the value moved (null for the baseline and for unchanged values). */
  why: ChannelDelta | null;
}

/** One channel (or the unattributed row) with every model's value. */
export interface ComparisonRow {
  channel: string;
  /** True for core's "(unattributed)" row: unattributed deals and pending shares. */
  unattributed: boolean;
  dots: ComparisonDot[];
  /** The baseline model's value. */
  baseline: number;
  /** Smallest and largest value over the models (the muted range line). */
  min: number;
  max: number;
}

/** The rows of a model comparison and the largest value, for the x scale. */
export interface ComparisonRows {
  rows: ComparisonRow[];
  /** Largest value over every row and model (at least 0). */
  max: number;
}

/** The key a channel delta is looked up by. */
const deltaKey = (channel: string, model: string) => `${channel}\u0000${model}`;

/**
 * Turns core's `compareModels` result into dot-plot rows: one row per channel in core's order
 * (baseline value, largest first, the unattributed row last — shown, never dropped), each with
 * every model's value, its delta from the baseline and the `ChannelDelta` that explains it.
 */
export function comparisonRows(
  comparison: ModelComparisonResult,
  unattributedKey: string,
): ComparisonRows {
  const deltas = new Map<string, ChannelDelta>();
  for (const delta of comparison.deltas) deltas.set(deltaKey(delta.channel, delta.model), delta);
  let max = 0;
  const rows = comparison.channels.map((channel): ComparisonRow => {
    const baseline = Number(channel.values[0] ?? 0);
    let min = Number.POSITIVE_INFINITY;
    let rowMax = Number.NEGATIVE_INFINITY;
    const dots = comparison.models.map((model, k): ComparisonDot => {
      const amount = channel.values[k] ?? '0';
      const value = Number(amount);
      const delta = channel.deltas[k] ?? '0';
      const deltaValue = Number(delta);
      if (value < min) min = value;
      if (value > rowMax) rowMax = value;
      return {
        model: k,
        amount,
        value,
        share: channel.shares[k] ?? 0,
        delta,
        deltaValue,
        deltaRatio: baseline === 0 ? null : deltaValue / baseline,
        why: k === 0 ? null : (deltas.get(deltaKey(channel.channel, model.label)) ?? null),
      };
    });
    if (dots.length === 0) min = rowMax = 0;
    if (rowMax > max) max = rowMax;
    return {
      channel: channel.channel,
      unattributed: channel.channel === unattributedKey,
      dots,
      baseline,
      min,
      max: rowMax,
    };
  });
  return { rows, max };
}

/**
 * Vertical offsets (in px) that keep dots of one row from covering each other: dots closer
 * than `gap` px along x are spread above and below the row's centre line, in model order,
 * so coinciding values (two models agreeing) stay visible and clickable.
 */
export function dodge(xs: readonly number[], gap: number, step: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const offsets = new Array<number>(xs.length).fill(0);
  let cluster: number[] = [];
  const flush = () => {
    // Centre the cluster on the row: 0, then −step, +step, −2·step … for 1, 2, 3 … dots.
    const n = cluster.length;
    cluster.sort((a, b) => a - b);
    cluster.forEach((index, k) => {
      offsets[index] = (k - (n - 1) / 2) * step;
    });
    cluster = [];
  };
  let lastX = Number.NEGATIVE_INFINITY;
  for (const { x, i } of order) {
    if (cluster.length > 0 && x - lastX >= gap) flush();
    cluster.push(i);
    lastX = x;
  }
  if (cluster.length > 0) flush();
  return offsets;
}

/** The deals and touches behind one model's value on one channel. */
export interface ComparisonEvidence {
  dealIds: string[];
  touchIds: string[];
}

/**
 * The deals and touches behind a dot: the touches of `channel` with credit under the model,
 * and their deals; for the unattributed row, the unattributed deals and those with a pending
 * share. Computed on demand (selection), never while rendering.
 */
export function comparisonEvidence(
  comparison: ModelComparisonResult,
  channel: string,
  model: number,
  unattributedKey: string,
): ComparisonEvidence {
  const result = comparison.results[model];
  const dealIds: string[] = [];
  const touchIds: string[] = [];
  if (!result) return { dealIds, touchIds };
  for (const deal of result.deals) {
    if (channel === unattributedKey) {
      if (deal.unattributed !== null || deal.pendingWeight > 0) dealIds.push(deal.dealId);
      continue;
    }
    let found = false;
    for (const credit of deal.credits) {
      if (credit.channel !== channel || credit.weight <= 0) continue;
      touchIds.push(credit.touchId);
      found = true;
    }
    if (found) dealIds.push(deal.dealId);
  }
  return { dealIds, touchIds };
}
