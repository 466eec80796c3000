import { formatPercent } from '../format';
import { participationWeights } from '../rules/participation';
import { distinctKey, sharedBy } from './distinct-key';
import { defineModel } from './model';

/**
 * `participation`: 100% to every distinct channel; totals exceed the deal amount by design,
 * so contact-role weights do not rescale it.
 */
export const participationModel = defineModel<{ keys: string[]; groupSize: number[] }>(
  'participation',
  {
    roleWeighted: false,
    additive: false,
    positionWords: 'full credit to every channel that took part',
    weigh({ index, journey, options }) {
      const keys = journey.map((i) => distinctKey(index, i, options.distinctBy));
      const result = participationWeights(keys);
      return {
        weights: result.weights,
        units: result.units,
        groups: keys,
        detail: { keys, groupSize: result.groupSize },
      };
    },
    explain(ctx, detail, k, label) {
      const key = detail.keys[k];
      return `${label}: ${key} took part — 100% of the deal to ${key}, ${sharedBy(detail.groupSize[k] ?? 1)} — ${formatPercent(ctx.weights.weights[k] ?? 0)}`;
    },
  },
);
