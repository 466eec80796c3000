import type { EncodedPaths } from './encode';
import { fitMarkovChain, type MarkovChain, type WindowRule } from './markov-chain';
import { removalEffects } from './markov-solve';
import type { MarkovDetail, MarkovTransition, PathAttribution, PathRow } from './types';

/** What `markovCredits` returns: per channel id, and the chain for display. */
export interface MarkovFit {
  effects: Float64Array;
  conversions: Float64Array;
  value: Float64Array;
  p: number;
  chain: MarkovChain;
  solver: 'exact' | 'iterative';
}

/**
 * Markov removal-effect attribution (Anderl et al. 2016), exact: the chain of `order`, each
 * channel's removal effect, and `conversions_k = C · RE_k / Σ RE` (value likewise), C the
 * rows' total conversions.
 */
export function markovCredits(
  rows: readonly PathRow[],
  paths: EncodedPaths,
  order: number,
  totals: Pick<PathAttribution['totals'], 'conversions' | 'value'>,
  rule?: WindowRule,
): MarkovFit {
  const channelCount = paths.channels.length;
  const chain = fitMarkovChain(rows, paths, order, rule);
  const { p, effects, solver } = removalEffects(chain, channelCount, order);
  let sum = 0;
  for (const e of effects) sum += e;
  const conversions = new Float64Array(channelCount);
  const value = new Float64Array(channelCount);
  if (sum > 0)
    for (let c = 0; c < channelCount; c++) {
      conversions[c] = (totals.conversions * (effects[c] as number)) / sum;
      value[c] = (totals.value * (effects[c] as number)) / sum;
    }
  return { effects, conversions, value, p, chain, solver };
}

/** The chain in words: state names and every transition with its probability. */
export function describeChain(
  fit: MarkovFit,
  channels: readonly string[],
  order: number,
): MarkovDetail {
  const { chain } = fit;
  const name = (i: number) =>
    i === 0
      ? '(start)'
      : Array.from(chain.windows[i] as Int32Array, (c) => channels[c] as string).join(' > ');
  const states = chain.windows.map((_, i) => name(i));
  const transitions: MarkovTransition[] = [];
  for (let i = 0; i < states.length; i++) {
    for (let e = chain.rowStart[i] as number; e < (chain.rowStart[i + 1] as number); e++)
      transitions.push({
        from: states[i] as string,
        to: states[chain.to[e] as number] as string,
        probability: chain.prob[e] as number,
      });
    if ((chain.conv[i] as number) > 0)
      transitions.push({
        from: states[i] as string,
        to: '(conversion)',
        probability: chain.conv[i] as number,
      });
    if ((chain.drop[i] as number) > 0)
      transitions.push({
        from: states[i] as string,
        to: '(null)',
        probability: chain.drop[i] as number,
      });
  }
  transitions.sort((a, b) =>
    a.from === b.from ? (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) : a.from < b.from ? -1 : 1,
  );
  return { order, conversionProbability: fit.p, transitions, states, solver: fit.solver };
}
