import type { Deal } from '../model/deals';
import type { Touchpoint } from '../model/marketing';
import type { AnchorPlacement } from './anchor-placement';
import type { ExclusionExplainer } from './explain';
import { formatInstant } from './format';
import { exclusionReason, type Journey } from './journeys';
import { milestoneLabel } from './milestones';
import type { ResolvedAttributionOptions } from './options';
import type { TouchIndex } from './touch-index';
import type { Credit, ExcludedTouch, ResolvedAnchor, UnattributedReason } from './types';

/** One credit of the ledger: the touch's facts and what the model gave it. */
export function creditEntry(
  dealId: string,
  touch: Touchpoint,
  weight: number,
  amount: string | null,
  reportingAmount: string | null,
  position: string,
  explanation: string,
): Credit {
  return {
    dealId,
    touchId: touch.id,
    personId: touch.personId,
    occurredAt: touch.occurredAt,
    channel: touch.channel,
    campaignId: touch.campaignId,
    type: touch.type,
    origin: touch.origin,
    title: touch.title,
    weight,
    amount,
    reportingAmount,
    position,
    explanation,
  };
}

/** Why a converted deal's journey is empty (no contacts, no touches, all excluded). */
export function emptyJourneyReason(
  journey: Journey,
  contacts: number,
  options: ResolvedAttributionOptions,
): UnattributedReason {
  if (contacts === 0 && options.scope === 'deal-contacts') return 'no-contacts';
  if (journey.candidates === 0) return 'no-touches';
  return journey.excludedCodes.every((code) => exclusionReason(code) === 'zero-role-weight')
    ? 'zero-role-weights'
    : 'all-touches-excluded';
}

/** Why a deal whose journey has touches still gets no credit, in words. */
export function unattributedWords(
  reason: UnattributedReason | null,
  options: ResolvedAttributionOptions,
  placements: readonly AnchorPlacement[],
): string {
  if (reason === 'all-direct') {
    return 'every touch is on a direct channel and allDirect is "unattributed"';
  }
  if (reason === 'no-anchor-resolved') {
    const anchors = options.anchors?.anchors ?? [];
    const missing = placements
      .map((p, j) => `${milestoneLabel(anchors[j]?.milestone ?? 'first-touch')}: ${p.explanation}`)
      .join('; ');
    return `no touch holds an anchor with a share (${missing})`;
  }
  return 'every contact role weight is 0';
}

/** The touches a deal's journey left out, each with its reason in words. */
export function excludedEntries(
  deal: Deal,
  journey: Journey,
  index: TouchIndex,
  contactRoles: ReadonlyMap<string, string | null>,
  convertedAt: number,
  exclusions: ExclusionExplainer,
): ExcludedTouch[] {
  const excluded: ExcludedTouch[] = new Array(journey.excluded.length);
  for (let e = 0; e < journey.excluded.length; e++) {
    const touch = index.touches[journey.excluded[e] ?? 0] as Touchpoint;
    const reason = exclusionReason(journey.excludedCodes[e] ?? 1);
    excluded[e] = {
      dealId: deal.id,
      touchId: touch.id,
      reason,
      explanation: exclusions.explain(
        reason,
        convertedAt,
        touch.personId ? (contactRoles.get(touch.personId) ?? null) : null,
      ),
    };
  }
  return excluded;
}

/** Where each anchor of the model landed on the deal, for the result. */
export function anchorEntries(
  placements: readonly AnchorPlacement[],
  journey: Journey,
  index: TouchIndex,
  options: ResolvedAttributionOptions,
): ResolvedAnchor[] {
  const spec = options.anchors;
  if (!spec) return [];
  const total = spec.anchors.reduce((sum, a) => sum + a.weight, spec.middle);
  return placements.map((placement, j) => {
    const touch =
      placement.position >= 0 ? index.touches[journey.touches[placement.position] ?? 0] : undefined;
    return {
      milestone: spec.anchors[j]?.milestone ?? 'first-touch',
      weight: (spec.anchors[j]?.weight ?? 0) / total,
      touchId: touch?.id ?? null,
      at: placement.at === null ? null : formatInstant(placement.at),
      personId: placement.personId ?? touch?.personId ?? null,
      explanation: placement.explanation,
    };
  });
}
