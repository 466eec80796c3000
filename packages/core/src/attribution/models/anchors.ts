import { type AnchorPlacement, FORM_AND_CAMPAIGN_TYPES, placeAnchor } from '../anchor-placement';
import type { ExplainContext } from '../explain';
import { formatNumber, formatPercent } from '../format';
import { milestoneLabel } from '../milestones';
import { type AnchorAllocation, allocateAnchors, ROLE } from '../rules/anchor-weights';
import { cached, defineModel } from './model';

interface AnchorDetail {
  allocation: AnchorAllocation;
  placements: AnchorPlacement[];
}

/** The anchor milestones a touch holds, in the model's order. */
function anchorsAt(placements: readonly AnchorPlacement[], k: number): number[] {
  const held: number[] = [];
  for (let j = 0; j < placements.length; j++) if (placements[j]?.position === k) held.push(j);
  return held;
}

function redistributionNote(ctx: ExplainContext, detail: AnchorDetail, base: number): string {
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

/**
 * Every position and milestone model (`first-touch` … `inverse-j`, `custom`): the anchors of
 * `options.anchors` (see `anchor-models.ts`) are placed on the journey, each takes its share,
 * and the middle share goes equally to the touches between the first and last anchors.
 */
export const anchorModel = defineModel<AnchorDetail>('anchors', {
  weigh({ index, journey, deal, lookup, options }) {
    const spec = options.anchors;
    if (!spec) throw new Error(`model ${options.model} has no anchors`);
    const placements = spec.anchors.map((anchor) =>
      placeAnchor(anchor.milestone, index, journey, deal, lookup, options),
    );
    const formsOnly = options.middleTouches === 'forms-and-campaigns';
    const allocation = allocateAnchors(
      journey.length,
      placements.map((p) => p.position),
      spec.anchors.map((a) => a.weight),
      spec.middle,
      formsOnly
        ? (k) => FORM_AND_CAMPAIGN_TYPES.has(index.touches[journey[k] ?? 0]?.type ?? 'other')
        : () => true,
      options,
    );
    if (!allocation) return { unattributed: 'no-anchor-resolved', placements };
    return {
      weights: allocation.weights,
      units: allocation.units,
      pending: allocation.pending,
      placements,
      detail: { allocation, placements },
    };
  },

  positionKey(ctx, { allocation, placements }, k) {
    const role = allocation.roles[k];
    const spec = ctx.options.anchors;
    if (role === ROLE.anchor && spec) {
      return anchorsAt(placements, k)
        .map((j) => spec.anchors[j]?.milestone ?? '')
        .join('+');
    }
    if (role === ROLE.middle) return 'middle';
    if (role === ROLE.notEligible) return 'not-eligible';
    return 'outside-span';
  },

  explain(ctx, detail, k, label) {
    const spec = ctx.options.anchors;
    const { allocation, placements } = detail;
    const role = allocation.roles[k];
    if (role === ROLE.anchor && spec) {
      const held = anchorsAt(placements, k);
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
          : `${formatPercent(base)}${redistributionNote(ctx, detail, base)}`;
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
  },
});
