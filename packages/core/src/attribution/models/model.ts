import type { AnchorDeal, AnchorLookup, AnchorPlacement } from '../anchor-placement';
import type { ExplainContext } from '../explain';
import type { ResolvedAttributionOptions } from '../options';
import type { WeightUnits } from '../rules/weight-units';
import type { TouchIndex } from '../touch-index';
import type { UnattributedReason } from '../types';

/** What a model reads to weigh one deal's journey. */
export interface ModelInput {
  index: TouchIndex;
  /** Touch indexes of the journey, in time order. */
  journey: readonly number[];
  deal: AnchorDeal;
  lookup: AnchorLookup;
  options: ResolvedAttributionOptions;
  /** Fitted channel strengths of data-driven models (null: even split by channel). */
  strengths: ReadonlyMap<string, number> | null;
}

/** A model's weights on one journey, with what its explanations need (`detail`). */
export interface ModelWeighing<D> {
  /** Weight of each journey touch; they sum to 1 − `pending` (participation: 1 per group). */
  weights: number[];
  /** The same shares exactly, as integers; the amount is split by these, not the floats. */
  units: WeightUnits;
  /** Share kept pending for milestones not reached (Marketo Measure style). */
  pending?: number;
  /** The anchors' placements (anchor models only). */
  placements?: AnchorPlacement[];
  /** For participation: the group of each touch; money is split within each group. */
  groups?: string[] | null;
  /** The model-specific facts its `explain` and `positionKey` read. */
  detail: D;
}

/** Why a model credits no touch of the deal. */
export interface ModelUnattributed {
  unattributed: UnattributedReason;
  placements: AnchorPlacement[];
}

/**
 * One attribution model: how it weighs a journey and how it explains each credit. Adding a
 * model is one file exporting a `defineModel(…)` plus its entry in `registry.ts`.
 */
export interface ModelRule<D> {
  weigh(input: ModelInput): ModelWeighing<D> | ModelUnattributed;
  /** The rule behind touch `k`'s credit in marketer words, starting with `label`. */
  explain(ctx: ExplainContext, detail: D, k: number, label: string): string;
  /** The position key of touch `k` (see `positionKey` in explain.ts); default: the model name. */
  positionKey?(ctx: ExplainContext, detail: D, k: number): string;
  /** False when contact-role weights must not rescale the weights (participation). */
  roleWeighted?: boolean;
  /** False when credits may sum past the deal amount (participation); default true. */
  additive?: boolean;
  /** The default position key in words, for `compareModels` deltas ("recency weighting"). */
  positionWords?: string;
}

/** A weighing with its detail bound into its explanations, as the engine runs it. */
export interface BoundWeighing {
  weights: number[];
  units: WeightUnits;
  pending: number;
  placements: AnchorPlacement[];
  groups: string[] | null;
  explain(ctx: ExplainContext, k: number): string;
  positionKey(ctx: ExplainContext, k: number): string;
}

/** A registered model: its rule with the detail type erased (bound into each weighing). */
export interface AttributionModel {
  /** The key used by `positionKey` when the model has no own one. */
  readonly key: string;
  readonly roleWeighted: boolean;
  readonly additive: boolean;
  /** `key` in words (null: `key` is not a position, e.g. anchor models name milestones). */
  readonly positionWords: string | null;
  weigh(input: ModelInput): BoundWeighing | ModelUnattributed;
}

/** Makes a registry entry from a rule; `key` names its credits' position by default. */
export function defineModel<D>(key: string, rule: ModelRule<D>): AttributionModel {
  const positionKey = rule.positionKey;
  return {
    key,
    roleWeighted: rule.roleWeighted ?? true,
    additive: rule.additive ?? true,
    positionWords: rule.positionWords ?? null,
    weigh(input) {
      const result = rule.weigh(input);
      if ('unattributed' in result) return result;
      const { detail } = result;
      return {
        weights: result.weights,
        units: result.units,
        pending: result.pending ?? 0,
        placements: result.placements ?? [],
        groups: result.groups ?? null,
        explain: (ctx, k) => rule.explain(ctx, detail, k, ctx.options.label),
        positionKey: positionKey ? (ctx, k) => positionKey(ctx, detail, k) : () => key,
      };
    },
  };
}

/** A text of the deal built once and reused for every touch that shares it. */
export function cached(ctx: ExplainContext, key: string, build: () => string): string {
  ctx.cache ??= new Map();
  let text = ctx.cache.get(key);
  if (text === undefined) {
    text = build();
    ctx.cache.set(key, text);
  }
  return text;
}

/** How explanations name the unit `distinctBy` counts. */
export const DISTINCT_WORD = {
  channel: 'channel',
  campaign: 'campaign',
  content: 'asset',
} as const;
