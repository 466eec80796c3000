import { conversionWords } from './anchor-placement';
import type { DealWeights } from './deal-weights';
import { formatDate, formatNumber, formatPercent } from './format';
import { EXCLUSION_CODES } from './journeys';
import type { ResolvedAttributionOptions } from './options';
import type { ExclusionReason } from './types';

/** The inputs explanations of one deal need. */
export interface ExplainContext {
  options: ResolvedAttributionOptions;
  weights: DealWeights;
  /** Journey length. */
  length: number;
  /** Conversion instant (ms). */
  convertedAt: number;
  /** Role name of each touch (null without role weighting). */
  roles: ReadonlyArray<string | null> | null;
  /** Role weight of each touch (null without role weighting). */
  roleWeights: readonly number[] | null;
  /** The conversion in words ("the deal was won on 2026-05-06"), computed once per deal. */
  eventWords: string;
  /** Texts shared by many touches of the deal (middle, not eligible, outside the span). */
  cache?: Map<string, string>;
}

/**
 * The position key of a journey touch: the milestones it anchors joined with `+`
 * (`first-touch+lead-creation`), `middle`, `not-eligible`, `outside-span`, or the name of a
 * weight-based model (`linear`, `time-decay`, …), `not-credited` for touches a single-touch
 * model passes over. `compareModels` explains deltas by these keys.
 */
export function positionKey(ctx: ExplainContext, k: number): string {
  return ctx.weights.positionKey(ctx, k);
}

function roleNote(ctx: ExplainContext, k: number): string {
  if (!ctx.roleWeights || !ctx.roles || !ctx.weights.roleWeighted) return '';
  const role = ctx.roles[k] ?? 'no role';
  return `, × contact role weight ${formatNumber(ctx.roleWeights[k] ?? 1)} (${role}) and renormalised`;
}

/**
 * The rule behind one credit in marketer words, e.g. "W-shaped: lead-creation anchor — the
 * last touch before the contact was created on 2026-03-07 — 30%". Zero credits say why
 * the model passes the touch over. Each model writes its own words (see `models/`).
 */
export function explainCredit(ctx: ExplainContext, k: number): string {
  const text = ctx.weights.explain(ctx, k);
  const roles = roleNote(ctx, k);
  return roles === '' ? text : `${text}${roles} → ${formatPercent(ctx.weights.weights[k] ?? 0)}`;
}

/** Why a touch was left out of a deal's journey, in words. */
export function explainExclusion(
  reason: ExclusionReason,
  options: ResolvedAttributionOptions,
  convertedAt: number,
  role: string | null,
): string {
  const tz = options.timeZone;
  switch (reason) {
    case 'deleted':
      return 'deleted in the CRM';
    case 'duplicate':
      return 'duplicate of an identical touch at the same instant (same person, type, channel, campaign and asset)';
    case 'filtered-type':
      return options.includeTypes
        ? `touch type not among the included types (${options.includeTypes.join(', ')})`
        : `touch type excluded (${options.excludeTypes.join(', ')})`;
    case 'filtered-channel':
      return options.includeChannels
        ? `channel not among the included channels (${options.includeChannels.join(', ')})`
        : `channel excluded (${options.excludeChannels.join(', ')})`;
    case 'filtered-origin':
      return `origin not counted (only ${options.origins.join(', ')})`;
    case 'after-conversion':
      return `after ${conversionWords(options.conversion, convertedAt, tz)}`;
    case 'outside-lookback':
      return `outside the ${formatNumber(options.lookbackDays ?? 0)}-day lookback window before ${formatDate(convertedAt, tz)}`;
    case 'zero-role-weight':
      return `contact role ${role ?? '(none)'} has weight 0`;
  }
}

/**
 * Exclusion explanations of one run, cached: the texts that depend only on the options are
 * built once per run, the ones that name the conversion date once per deal.
 */
export class ExclusionExplainer {
  private readonly runTexts = new Map<ExclusionReason, string>();
  private dealTexts = new Map<string, string>();
  private convertedAt = Number.NaN;

  constructor(private readonly options: ResolvedAttributionOptions) {}

  /** The explanation of an exclusion on the deal converting at `convertedAt`. */
  explain(reason: ExclusionReason, convertedAt: number, role: string | null): string {
    if (reason === 'zero-role-weight')
      return explainExclusion(reason, this.options, convertedAt, role);
    if (reason === 'after-conversion' || reason === 'outside-lookback') {
      if (convertedAt !== this.convertedAt) {
        this.convertedAt = convertedAt;
        this.dealTexts = new Map();
      }
      let text = this.dealTexts.get(reason);
      if (text === undefined) {
        text = explainExclusion(reason, this.options, convertedAt, role);
        this.dealTexts.set(reason, text);
      }
      return text;
    }
    let text = this.runTexts.get(reason);
    if (text === undefined) {
      text = explainExclusion(reason, this.options, convertedAt, role);
      this.runTexts.set(reason, text);
    }
    return text;
  }
}

/** Every exclusion reason, for documentation and exhaustive tests. */
export const EXCLUSION_REASONS: readonly ExclusionReason[] = EXCLUSION_CODES;
