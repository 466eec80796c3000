import { conversionWords } from './anchor-placement';
import type { DealWeights } from './deal-weights';
import { formatDate, formatNumber, formatPercent } from './format';
import { EXCLUSION_CODES } from './journeys';
import { milestoneLabel } from './milestones';
import type { ResolvedAttributionOptions } from './options';
import { ROLE } from './rules/anchor-weights';
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

/** A text of the deal built once and reused for every touch that shares it. */
function cached(ctx: ExplainContext, key: string, build: () => string): string {
  ctx.cache ??= new Map();
  let text = ctx.cache.get(key);
  if (text === undefined) {
    text = build();
    ctx.cache.set(key, text);
  }
  return text;
}

const DISTINCT_WORD = { channel: 'channel', campaign: 'campaign', content: 'asset' } as const;

/** The anchor milestones a touch holds, in the model's order. */
function anchorsAt(ctx: ExplainContext, k: number): number[] {
  const held: number[] = [];
  const placements = ctx.weights.placements;
  for (let j = 0; j < placements.length; j++) if (placements[j]?.position === k) held.push(j);
  return held;
}

/**
 * The position key of a journey touch: the milestones it anchors joined with `+`
 * (`first-touch+lead-creation`), `middle`, `not-eligible`, `outside-span`, or the name of a
 * weight-based model (`linear`, `time-decay`, …), `not-credited` for touches a single-touch
 * model passes over. `compareModels` explains deltas by these keys.
 */
export function positionKey(ctx: ExplainContext, k: number): string {
  const detail = ctx.weights.detail;
  const spec = ctx.options.anchors;
  switch (detail.kind) {
    case 'anchors': {
      const role = detail.allocation.roles[k];
      if (role === ROLE.anchor && spec) {
        return anchorsAt(ctx, k)
          .map((j) => spec.anchors[j]?.milestone ?? '')
          .join('+');
      }
      if (role === ROLE.middle) return 'middle';
      if (role === ROLE.notEligible) return 'not-eligible';
      return 'outside-span';
    }
    case 'last-non-direct':
      return detail.position === k ? 'last-non-direct' : 'not-credited';
    default:
      return detail.kind;
  }
}

function redistributionNote(ctx: ExplainContext, base: number): string {
  const detail = ctx.weights.detail;
  if (detail.kind !== 'anchors') return '';
  const { allocation, placements } = detail;
  if (allocation.redistributed === 0) return '';
  const missingAnchors = placements
    .map((p, j) => (p.position < 0 ? ctx.options.anchors?.anchors[j]?.milestone : undefined))
    .filter((m): m is NonNullable<typeof m> => m !== undefined)
    .map(milestoneLabel);
  const why = [
    allocation.middleRedistributed ? 'no middle touches' : '',
    ctx.options.missingAnchor === 'redistribute' && missingAnchors.length > 0
      ? `no touch for the ${missingAnchors.join(' and ')} anchor`
      : '',
  ]
    .filter((part) => part !== '')
    .join(' and ');
  if (allocation.equalAdd > 0) {
    return ` + ${formatPercent(allocation.equalAdd)} redistributed equally among the anchors (${why})`;
  }
  return ` scaled to ${formatPercent(base * allocation.factor)} (${why}: shares renormalised)`;
}

function roleNote(ctx: ExplainContext, k: number): string {
  if (!ctx.roleWeights || !ctx.roles || ctx.options.model === 'participation') return '';
  const role = ctx.roles[k] ?? 'no role';
  return `, × contact role weight ${formatNumber(ctx.roleWeights[k] ?? 1)} (${role}) and renormalised`;
}

function anchorExplanation(ctx: ExplainContext, k: number, label: string): string {
  const detail = ctx.weights.detail;
  if (detail.kind !== 'anchors') return '';
  const spec = ctx.options.anchors;
  const { allocation, placements } = detail;
  const role = allocation.roles[k];
  if (role === ROLE.anchor && spec) {
    const held = anchorsAt(ctx, k);
    const names = held.map((j) => milestoneLabel(spec.anchors[j]?.milestone ?? 'first-touch'));
    const shares = held.map((j) => allocation.anchorShares[j] ?? 0);
    const base = shares.reduce((a, b) => a + b, 0);
    const what =
      held.length === 1
        ? `${names[0]} anchor`
        : `${names.join(' and ')} anchors (${shares.map(formatPercent).join(' + ')})`;
    const where = [...new Set(held.map((j) => placements[j]?.explanation ?? ''))].join('; ');
    const share =
      allocation.equalAdd > 0 && held.length > 1
        ? `${formatPercent(base)} + ${formatPercent(allocation.equalAdd * held.length)} redistributed equally among the anchors`
        : `${formatPercent(base)}${redistributionNote(ctx, base)}`;
    return `${label}: ${what} — ${where} — ${share}`;
  }
  if (role === ROLE.middle) {
    return cached(ctx, 'middle', () => {
      const scaled =
        allocation.factor !== 1
          ? ` (scaled ×${formatNumber(allocation.factor)} and renormalised)`
          : '';
      return `${label}: middle touch — ${formatPercent(allocation.middleShare)} shared equally by ${allocation.middleCount} middle touch${allocation.middleCount === 1 ? '' : 'es'}${scaled} — ${formatPercent(allocation.middleEach)}`;
    });
  }
  if (role === ROLE.notEligible) {
    return cached(
      ctx,
      'not-eligible',
      () =>
        `${label}: between the anchors but not eligible for middle credit — only form fills and campaign responses share the middle — 0%`,
    );
  }
  let first = Number.POSITIVE_INFINITY;
  let resolved = 0;
  for (const p of placements) {
    if (p.position < 0) continue;
    resolved += 1;
    if (p.position < first) first = p.position;
  }
  if (spec && spec.anchors.length === 1 && resolved === 1) {
    return cached(
      ctx,
      'single',
      () =>
        `${label}: not the ${milestoneLabel(spec.anchors[0]?.milestone ?? 'first-touch')} touch — 0%`,
    );
  }
  return k < first
    ? cached(
        ctx,
        'before',
        () =>
          `${label}: before the first anchor — only touches between the first and last anchors share the middle — 0%`,
      )
    : cached(
        ctx,
        'after',
        () =>
          `${label}: after the last anchor — only touches between the first and last anchors share the middle — 0%`,
      );
}

/** Markov and Shapley credits: the channel's fitted strength over the deal's channels. */
function dataDrivenExplanation(
  ctx: ExplainContext,
  detail: Extract<DealWeights['detail'], { kind: 'markov' | 'shapley' }>,
  k: number,
  label: string,
): string {
  const word = DISTINCT_WORD[ctx.options.distinctBy];
  const key = detail.keys[k] ?? '';
  const size = detail.groupSize[k] ?? 1;
  const touches = size === 1 ? 'its only touch' : `shared by its ${size} touches`;
  const share = formatPercent(ctx.weights.modelWeights[k] ?? 0);
  const strength = detail.strength[k] ?? 0;
  if (detail.kind === 'markov' && detail.total > 0) {
    return `${label} (order ${ctx.options.dataDriven.order}): removing ${key} loses ${formatPercent(strength)} of conversions over all journeys; this deal's ${detail.distinct} ${word}s total ${formatNumber(detail.total)}, so ${key} takes ${formatPercent(strength / detail.total)}, ${touches} — ${share}`;
  }
  if (
    detail.kind === 'shapley' &&
    ctx.options.dataDriven.shapley.valueFunction === 'conversion-rate' &&
    detail.total > 0
  ) {
    return `${label} (conversion rate): ${key} has Shapley value ${formatNumber(strength, 4)}; this deal's ${detail.distinct} ${word}s total ${formatNumber(detail.total, 4)}, so ${key} takes ${formatPercent(strength / detail.total)}, ${touches} — ${share}`;
  }
  const why =
    detail.kind === 'shapley'
      ? 'each conversion splits evenly over its distinct channels (Zhao et al.)'
      : `no ${word} of this deal lowers conversions when removed, so it splits evenly`;
  return `${label}: ${key} is 1 of ${detail.distinct} ${word}s — ${why}, ${touches} — ${share}`;
}

/**
 * The rule behind one credit in marketer words, e.g. "W-shaped: lead-creation anchor — the
 * last touch before the contact was created on 2026-03-07 — 30%". Zero credits say why
 * the model passes the touch over.
 */
export function explainCredit(ctx: ExplainContext, k: number): string {
  const label = ctx.options.label;
  const detail = ctx.weights.detail;
  const weight = ctx.weights.weights[k] ?? 0;
  const event = ctx.eventWords;
  let text: string;
  switch (detail.kind) {
    case 'anchors':
      text = anchorExplanation(ctx, k, label);
      break;
    case 'time-decay': {
      const gap = detail.gaps[k] ?? 0;
      const unit = ctx.options.timeDecayUnit === 'calendar-days' ? 'calendar days' : 'days';
      text = `${label} (half-life ${formatNumber(ctx.options.halfLifeDays)} days): ${formatNumber(gap, 2)} ${unit} before ${event} — 2^(−${formatNumber(gap, 2)}/${formatNumber(ctx.options.halfLifeDays)}) = ${formatNumber(detail.raw[k] ?? 0)}, normalised — ${formatPercent(ctx.weights.modelWeights[k] ?? 0)}`;
      break;
    }
    case 'linear': {
      // The model gives every touch of the deal the same share, hence the same words.
      const share = ctx.weights.modelWeights[k] ?? 0;
      text = cached(
        ctx,
        'linear',
        () => `${label}: 1 of ${ctx.length} touches — ${formatPercent(share)}`,
      );
      break;
    }
    case 'linear-per-channel': {
      const word = DISTINCT_WORD[ctx.options.distinctBy];
      const size = detail.groupSize[k] ?? 1;
      text = `${label}: ${detail.keys[k]} is 1 of ${detail.distinct} ${word}s (${formatPercent(1 / detail.distinct)}), ${size === 1 ? 'its only touch' : `shared by its ${size} touches`} — ${formatPercent(ctx.weights.modelWeights[k] ?? 0)}`;
      break;
    }
    case 'participation': {
      const size = detail.groupSize[k] ?? 1;
      text = `${label}: ${detail.keys[k]} took part — 100% of the deal to ${detail.keys[k]}, ${size === 1 ? 'its only touch' : `shared by its ${size} touches`} — ${formatPercent(weight)}`;
      break;
    }
    case 'last-non-direct':
      if (detail.position === k) {
        text = detail.allDirect
          ? `${label}: every touch is direct, so the last direct touch before ${event} takes the credit — 100%`
          : `${label}: the last touch not on a direct channel before ${event} — 100%`;
      } else {
        text = `${label}: not the last non-direct touch — 0%`;
      }
      break;
    case 'markov':
    case 'shapley':
      text = dataDrivenExplanation(ctx, detail, k, label);
      break;
  }
  const roles = roleNote(ctx, k);
  return roles === '' ? text : `${text}${roles} → ${formatPercent(weight)}`;
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
