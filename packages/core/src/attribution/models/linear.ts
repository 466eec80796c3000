import { formatPercent } from '../format';
import { linearWeights } from '../rules/linear';
import { equalUnits } from '../rules/weight-units';
import { cached, defineModel } from './model';

/** `linear`: equal credit to every touch (repeats count). */
export const linearModel = defineModel<null>('linear', {
  positionWords: 'equal share per touch',
  weigh: ({ journey }) => ({
    weights: linearWeights(journey.length),
    units: equalUnits(journey.length),
    detail: null,
  }),
  explain(ctx, _detail, k, label) {
    // The model gives every touch of the deal the same share, hence the same words.
    const share = ctx.weights.modelWeights[k] ?? 0;
    return cached(
      ctx,
      'linear',
      () => `${label}: 1 of ${ctx.length} touches — ${formatPercent(share)}`,
    );
  },
});
