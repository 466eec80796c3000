import type { AnchorDeal, AnchorLookup, AnchorPlacement } from './anchor-placement';
import type { ExplainContext } from './explain';
import type { ModelUnattributed } from './models/model';
import { MODEL_REGISTRY } from './models/registry';
import type { ResolvedAttributionOptions } from './options';
import { roleWeightedUnits } from './rules/role-weights';
import type { WeightUnits } from './rules/weight-units';
import type { TouchIndex } from './touch-index';

/** A model's weights on one journey. */
export interface DealWeights {
  /** Weight of each journey touch, after contact-role weighting. */
  weights: number[];
  /**
   * `weights` and `pending` exactly, as integers: touch `k`'s share is
   * `units.touches[k] / (Σ units.touches + units.pending)`. The deal amount is split by these.
   */
  units: WeightUnits;
  /** Weight of each touch before role weighting (equal to `weights` without roles). */
  modelWeights: number[];
  /** Share kept pending for milestones not reached (Marketo Measure style). */
  pending: number;
  /** The anchors' placements (empty for models without anchors). */
  placements: AnchorPlacement[];
  /** For participation: the group of each touch; money is split within each group. */
  groups: string[] | null;
  /** Whether contact-role weights rescaled `modelWeights` (all models but participation). */
  roleWeighted: boolean;
  /** The model's explanation of touch `k`'s credit, before the role note. */
  explain(ctx: ExplainContext, k: number): string;
  /** The model's position key of touch `k` (see `positionKey` in explain.ts). */
  positionKey(ctx: ExplainContext, k: number): string;
}

/**
 * Runs the model on one journey (touch indexes in time order) and applies contact-role
 * weights. Returns the reason the deal stays unattributed when the model credits no touch.
 * Data-driven models take their fitted channel strengths (null: even split by channel).
 */
export function dealWeights(
  index: TouchIndex,
  journey: readonly number[],
  roleWeights: readonly number[] | null,
  deal: AnchorDeal,
  lookup: AnchorLookup,
  options: ResolvedAttributionOptions,
  strengths: ReadonlyMap<string, number> | null = null,
): DealWeights | ModelUnattributed {
  const model = MODEL_REGISTRY[options.model].rule;
  const result = model.weigh({ index, journey, deal, lookup, options, strengths });
  if ('unattributed' in result) return result;
  const { pending, placements } = result;
  const modelWeights = result.weights;
  let weights = modelWeights;
  let units = result.units;
  if (roleWeights && model.roleWeighted) {
    const n = journey.length;
    const weighted = new Array<number>(n).fill(0);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const w = (modelWeights[k] ?? 0) * (roleWeights[k] ?? 1);
      weighted[k] = w;
      sum += w;
    }
    if (!(sum > 0)) return { unattributed: 'zero-role-weights', placements };
    const scale = (1 - pending) / sum;
    for (let k = 0; k < n; k++) weighted[k] = (weighted[k] ?? 0) * scale;
    weights = weighted;
    units = roleWeightedUnits(result.units, roleWeights);
  }
  return {
    weights,
    units,
    modelWeights,
    pending,
    placements,
    groups: result.groups,
    roleWeighted: model.roleWeighted,
    explain: result.explain,
    positionKey: result.positionKey,
  };
}
