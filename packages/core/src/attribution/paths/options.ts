import * as z from 'zod/mini';
import { OptionsError } from '../../options/options-error';
import { OPTION_PARSE, optionIssues } from '../../options/parse-options';

/** The models `attributePaths` runs. */
export const PATH_MODEL_NAMES = [
  'first-touch',
  'last-touch',
  'linear',
  'position-based',
  'markov',
  'shapley',
] as const;

/** A path-level model name. */
export type PathModelName = (typeof PATH_MODEL_NAMES)[number];

/** Shapley settings shared by `attributePaths` and `attribute`. */
export const ShapleyOptionsSchema = z.strictObject({
  /** `exact` (default; sampled beyond `maxExactChannels`), `simplified`, `ordered`, `sampled`. */
  method: z.optional(z.enum(['exact', 'simplified', 'ordered', 'sampled'])),
  /** `conversions` (default) or `conversion-rate`. */
  valueFunction: z.optional(z.enum(['conversions', 'conversion-rate'])),
  /** Most channels solved exactly over all 2ⁿ coalitions; default 15, at most 20. */
  maxExactChannels: z.optional(z.number().check(z.int(), z.gte(1), z.lte(20))),
  /** Channel orders drawn when sampling; default 2000. */
  samples: z.optional(z.number().check(z.int(), z.gte(1))),
  /** Seed of the sampled orders; default 1. */
  seed: z.optional(z.number().check(z.int())),
});

/** Bootstrap settings: resampled journeys (Poisson bootstrap) with a fixed seed. */
export const BootstrapOptionsSchema = z.strictObject({
  /** Replicates; default 200. */
  samples: z.optional(z.number().check(z.int(), z.gte(2))),
  /** Seed; default 1. */
  seed: z.optional(z.number().check(z.int())),
  /** Interval coverage; default 0.95. */
  confidence: z.optional(z.number().check(z.gt(0), z.lt(1))),
});

/** Markov settings shared by `attributePaths` and `attribute`. */
export const MarkovOptionsSchema = z.strictObject({
  /** Chain order 1–4; default 1. */
  order: z.optional(z.number().check(z.int(), z.gte(1), z.lte(4))),
  /**
   * The states of an order-k chain. `sliding` (default): ChannelAttribution's windows of k
   * consecutive touches on the raw path (a path shorter than k is one state), repeated windows
   * merged. `growing`: windows that grow from the path's start (`a`, then `a > b`) on the path
   * with repeated channels merged first — the only rule before; kept for results that were
   * published with it. Both are the same chain at order 1.
   */
  states: z.optional(z.enum(['sliding', 'growing'])),
  /**
   * Merge consecutive repeats, as ChannelAttribution does; default true. With `sliding` states
   * repeated windows merge (`a > a > b` keeps the state `a > a`); with `growing` states repeated
   * channels merge before the windows form.
   */
  collapseRepeats: z.optional(z.boolean()),
});

/** The options of `attributePaths`. */
export const PathAttributionOptionsSchema = /* @__PURE__ */ z.strictObject({
  model: z.enum(PATH_MODEL_NAMES),
  markov: z.optional(MarkovOptionsSchema),
  shapley: z.optional(ShapleyOptionsSchema),
  /** Bootstrap intervals for every channel's credit (off by default). */
  bootstrap: z.optional(BootstrapOptionsSchema),
  /** Below this many conversions a warning says credits are unstable; default 100. */
  minConversions: z.optional(z.number().check(z.gte(0))),
});

/** The options of `attributePaths`. */
export type PathAttributionOptions = z.input<typeof PathAttributionOptionsSchema>;

/** Markov, Shapley and bootstrap settings with every default applied. */
export interface DataDrivenSettings {
  order: number;
  states: 'sliding' | 'growing';
  collapseRepeats: boolean;
  shapley: {
    method: 'exact' | 'simplified' | 'ordered' | 'sampled';
    valueFunction: 'conversions' | 'conversion-rate';
    maxExactChannels: number;
    samples: number;
    seed: number;
  };
  bootstrap: { samples: number; seed: number; confidence: number } | null;
  minConversions: number;
}

/** Options of `attributePaths` with every default applied. */
export interface ResolvedPathOptions extends DataDrivenSettings {
  model: PathModelName;
}

type DataDrivenInput = Pick<
  PathAttributionOptions,
  'markov' | 'shapley' | 'bootstrap' | 'minConversions'
>;

/** Applies the defaults of the data-driven settings (shared with `attribute`). */
export function resolveDataDriven(given: DataDrivenInput): DataDrivenSettings {
  return {
    order: given.markov?.order ?? 1,
    states: given.markov?.states ?? 'sliding',
    collapseRepeats: given.markov?.collapseRepeats ?? true,
    shapley: {
      method: given.shapley?.method ?? 'exact',
      valueFunction: given.shapley?.valueFunction ?? 'conversions',
      maxExactChannels: given.shapley?.maxExactChannels ?? 15,
      samples: given.shapley?.samples ?? 2000,
      seed: given.shapley?.seed ?? 1,
    },
    bootstrap: given.bootstrap
      ? {
          samples: given.bootstrap.samples ?? 200,
          seed: given.bootstrap.seed ?? 1,
          confidence: given.bootstrap.confidence ?? 0.95,
        }
      : null,
    minConversions: given.minConversions ?? 100,
  };
}

/** Validates and applies defaults. @throws {OptionsError} naming the option. */
export function resolvePathOptions(options: PathAttributionOptions): ResolvedPathOptions {
  // Parsed once a call: zod's eval-compiled fast path would cost more than it saves.
  const parsed = PathAttributionOptionsSchema.safeParse(options, {
    error: OPTION_PARSE.error,
    jitless: true,
  });
  if (!parsed.success) {
    throw new OptionsError(
      'attributePaths',
      optionIssues(PathAttributionOptionsSchema, parsed.error),
    );
  }
  return { model: parsed.data.model, ...resolveDataDriven(parsed.data) };
}
