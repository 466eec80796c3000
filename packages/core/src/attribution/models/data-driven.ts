import { formatNumber, formatPercent } from '../format';
import { strengthWeights } from '../rules/strength';
import { distinctKey, sharedBy } from './distinct-key';
import { type AttributionModel, DISTINCT_WORD, defineModel } from './model';

interface StrengthDetail {
  keys: string[];
  /** The model's strength of each touch's channel (removal effect, Shapley value). */
  strength: number[];
  /** Σ strength over the deal's distinct channels (0: split evenly by channel). */
  total: number;
  distinct: number;
  groupSize: number[];
}

/**
 * A data-driven model: each touch's channel takes its fitted strength over the deal's
 * channels, shared by its touches (`markov`: removal effect; `shapley`: Shapley value).
 */
function dataDrivenModel(kind: 'markov' | 'shapley'): AttributionModel {
  return defineModel<StrengthDetail>(kind, {
    weigh({ index, journey, options, strengths }) {
      const keys = journey.map((i) => distinctKey(index, i, options.distinctBy));
      const result = strengthWeights(keys, strengths);
      const { weights, units, ...detail } = result;
      return { weights, units, detail: { keys, ...detail } };
    },
    explain(ctx, detail, k, label) {
      const word = DISTINCT_WORD[ctx.options.distinctBy];
      const key = detail.keys[k] ?? '';
      const touches = sharedBy(detail.groupSize[k] ?? 1);
      const share = formatPercent(ctx.weights.modelWeights[k] ?? 0);
      const strength = detail.strength[k] ?? 0;
      if (kind === 'markov' && detail.total > 0) {
        return `${label} (order ${ctx.options.dataDriven.order}): removing ${key} loses ${formatPercent(strength)} of conversions over all journeys; this deal's ${detail.distinct} ${word}s total ${formatNumber(detail.total)}, so ${key} takes ${formatPercent(strength / detail.total)}, ${touches} — ${share}`;
      }
      if (
        kind === 'shapley' &&
        ctx.options.dataDriven.shapley.valueFunction === 'conversion-rate' &&
        detail.total > 0
      ) {
        return `${label} (conversion rate): ${key} has Shapley value ${formatNumber(strength, 4)}; this deal's ${detail.distinct} ${word}s total ${formatNumber(detail.total, 4)}, so ${key} takes ${formatPercent(strength / detail.total)}, ${touches} — ${share}`;
      }
      const why =
        kind === 'shapley'
          ? 'each conversion splits evenly over its distinct channels (Zhao et al.)'
          : `no ${word} of this deal lowers conversions when removed, so it splits evenly`;
      return `${label}: ${key} is 1 of ${detail.distinct} ${word}s — ${why}, ${touches} — ${share}`;
    },
  });
}

/** `markov`: each channel's exact Markov removal effect, pushed down to the deal's touches. */
export const markovModel = dataDrivenModel('markov');

/** `shapley`: Shapley values of the channels, pushed down to the deal's touches. */
export const shapleyModel = dataDrivenModel('shapley');
