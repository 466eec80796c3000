import { bootstrapIntervals } from './bootstrap';
import { type EncodedPaths, encodePaths } from './encode';
import { heuristicCredits } from './heuristics';
import { describeChain, type MarkovFit, markovCredits } from './markov';
import {
  type PathAttributionOptions,
  type ResolvedPathOptions,
  resolvePathOptions,
} from './options';
import { shapleyCredits } from './shapley';
import type { PathAttribution, PathChannelCredit, PathRow } from './types';

const isCount = (x: number) => x >= 0 && x < Number.POSITIVE_INFINITY;

/** @throws {RangeError} naming the row's first field that is not a finite number ≥ 0. */
function rejectRow(i: number, row: PathRow): never {
  const fields = ['conversions', 'value', 'nulls'] as const;
  const field = fields.find((f) => !isCount(row[f])) ?? 'conversions';
  throw new RangeError(`row ${i}: ${field} must be a finite number ≥ 0, got ${row[field]}`);
}

/**
 * The rows' total conversions, value and nulls (in that order). Sums in a typed array, so
 * nothing after the loop needs feedback (see `encodeRows`). @throws {RangeError} for a bad count.
 */
function sumRows(rows: readonly PathRow[]): Float64Array {
  const sums = new Float64Array(3);
  const inf = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as PathRow;
    const c = row.conversions;
    const v = row.value;
    const u = row.nulls;
    // Inline (no call per field): NaN fails every comparison.
    if (!(c >= 0 && c < inf && v >= 0 && v < inf && u >= 0 && u < inf)) rejectRow(i, row);
    sums[0] = (sums[0] as number) + c;
    sums[1] = (sums[1] as number) + v;
    sums[2] = (sums[2] as number) + u;
  }
  return sums;
}

interface ModelRun {
  conversions: ArrayLike<number>;
  value: ArrayLike<number>;
  markov?: MarkovFit;
  shapley?: ReturnType<typeof shapleyCredits>;
}

/** Runs the model on encoded paths; Markov and Shapley also return their detail. */
function runModel(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  options: ResolvedPathOptions,
  totals: Pick<PathAttribution['totals'], 'conversions' | 'value'>,
): ModelRun {
  if (options.model === 'markov') {
    const fit = markovCredits(rows, paths, options.order, totals, {
      states: options.states,
      mergeRepeats: options.states === 'sliding' && options.collapseRepeats,
    });
    return { conversions: fit.conversions, value: fit.value, markov: fit };
  }
  if (options.model === 'shapley') {
    const s = shapleyCredits(rows, paths, options.shapley, totals);
    return { conversions: s.conversions, value: s.value, shapley: s };
  }
  return heuristicCredits(rows, paths, options.model);
}

/**
 * Path-level attribution for channel paths from analytics exports (rows of
 * `{ path, conversions, value, nulls }`, e.g. from `readChannelAttributionCsv`): per channel
 * credited conversions and value under first touch, last touch, linear (per touch),
 * position-based (40/20/40), Markov removal effect (exact, order 1–4, with the fitted
 * chain) or Shapley (exact, simplified, ordered or sampled with a fixed seed). Credits sum to
 * the total conversions and value. Deterministic: the same rows give the same figures.
 *
 * ```ts
 * const rows = readChannelAttributionCsv(text);
 * const result = attributePaths(rows, { model: 'markov', bootstrap: {} });
 * result.channels[0]; // { channel: 'alpha', conversions: …, removalEffect: …, intervals: … }
 * ```
 *
 * @throws {AttributionOptionsError} for unknown models or options.
 * @throws {RangeError} for a negative or non-finite count or value.
 */
export function attributePaths(
  rows: readonly PathRow[],
  options: PathAttributionOptions,
): PathAttribution {
  return attributeResolvedPaths(rows, resolvePathOptions(options));
}

/** `attributePaths` with options already resolved (deal-level Markov and Shapley use it). */
export function attributeResolvedPaths(
  rows: readonly PathRow[],
  resolved: ResolvedPathOptions,
): PathAttribution {
  const [conversions = 0, value = 0, nulls = 0] = sumRows(rows);
  const totals = { conversions, value, nulls, paths: rows.length };
  // Repeated channels merge before the windows form at order 1 (where both rules agree) and
  // for growing windows; sliding windows of k > 1 merge repeated windows instead.
  const collapse =
    resolved.model === 'markov' &&
    resolved.collapseRepeats &&
    (resolved.order === 1 || resolved.states === 'growing');
  const paths = encodePaths(rows, collapse);
  const { channels } = paths;
  const result = runModel(rows, paths, resolved, totals);
  const { markov, shapley } = result;
  const intervals = resolved.bootstrap
    ? bootstrapIntervals(
        rows,
        channels.length,
        (sample, sampleTotals) => runModel(sample, paths, resolved, sampleTotals),
        resolved.bootstrap,
      )
    : null;

  const credits: PathChannelCredit[] = channels.map((channel, c) => {
    const credit: PathChannelCredit = {
      channel,
      conversions: result.conversions[c] ?? 0,
      value: result.value[c] ?? 0,
    };
    if (markov) credit.removalEffect = markov.effects[c] ?? 0;
    if (shapley) {
      credit.shapleyValue = shapley.phi[c] ?? 0;
      if (shapley.byPosition) credit.byPosition = shapley.byPosition[c] ?? [];
    }
    if (intervals) credit.intervals = intervals[c] as NonNullable<PathChannelCredit['intervals']>;
    return credit;
  });
  credits.sort((a, b) => b.conversions - a.conversions || (a.channel < b.channel ? -1 : 1));

  const warnings: string[] = [];
  if (totals.conversions < resolved.minConversions)
    warnings.push(
      `only ${totals.conversions} conversions (fewer than ${resolved.minConversions}): channel credits are unstable; read the bootstrap intervals before acting on them`,
    );
  if (shapley && credits.some((c) => (c.shapleyValue ?? 0) < 0))
    warnings.push(
      'some Shapley values are negative: under the conversion-rate value function a channel can lower the rate of the journeys it joins',
    );
  const out: PathAttribution = { model: resolved.model, channels: credits, totals, warnings };
  if (markov) out.markov = describeChain(markov, channels, resolved.order);
  if (shapley)
    out.shapley = {
      method: shapley.method,
      valueFunction:
        shapley.method === 'simplified' || shapley.method === 'ordered'
          ? 'conversions'
          : resolved.shapley.valueFunction,
      ...(shapley.method === 'sampled' ? { samples: resolved.shapley.samples } : {}),
    };
  if (resolved.bootstrap) out.bootstrap = resolved.bootstrap;
  return out;
}
