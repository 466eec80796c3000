import { formatPercent } from '../format';
import { linearPerDistinctWeights } from '../rules/linear';
import { distinctKey, sharedBy } from './distinct-key';
import { DISTINCT_WORD, defineModel } from './model';

/**
 * `linear-per-channel`: equal credit to every distinct channel (or campaign / asset, see
 * `distinctBy`), shared by its touches.
 */
export const linearPerChannelModel = defineModel<{
  keys: string[];
  distinct: number;
  groupSize: number[];
}>('linear-per-channel', {
  positionWords: 'equal share per channel',
  weigh({ index, journey, options }) {
    const keys = journey.map((i) => distinctKey(index, i, options.distinctBy));
    const result = linearPerDistinctWeights(keys);
    return {
      weights: result.weights,
      units: result.units,
      detail: { keys, distinct: result.distinct, groupSize: result.groupSize },
    };
  },
  explain(ctx, detail, k, label) {
    const word = DISTINCT_WORD[ctx.options.distinctBy];
    return `${label}: ${detail.keys[k]} is 1 of ${detail.distinct} ${word}s (${formatPercent(1 / detail.distinct)}), ${sharedBy(detail.groupSize[k] ?? 1)} — ${formatPercent(ctx.weights.modelWeights[k] ?? 0)}`;
  },
});
