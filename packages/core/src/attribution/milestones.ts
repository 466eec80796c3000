/**
 * Lifecycle milestones an anchor can sit on. An anchor resolves to one touch of the journey:
 * the last touch at or before the milestone's instant (HubSpot: "the last interaction
 * before"; Marketo Measure custom model: "the touchpoint that occurred most recently, prior
 * to a stage transition"), except `first-touch` (the earliest touch) and, under Marketo
 * Measure semantics, `lead-creation` (the first form fill or campaign response).
 *
 * - `first-touch`, `last-touch`: the first and last touch of the journey.
 * - `lead-creation`: the touch that created the lead (see `anchorSemantics`).
 * - `mql`, `sal`, `sql`: shorthands for `stage:mql`, `stage:sal`, `stage:sql`.
 * - `stage:<id>`: the first contact of the deal to enter lifecycle stage `<id>`
 *   (`Person.stageDates`), and that contact's last touch before it.
 * - `opportunity-created`: the last touch of any contact before the deal was created.
 * - `deal-stage:<id>`: the last touch of any contact before the deal first entered stage
 *   `<id>` (from the deal's `dealStage` field history).
 * - `closed-won`: the last touch of any contact before the deal was won.
 */
export type AttributionMilestone =
  | 'first-touch'
  | 'lead-creation'
  | 'mql'
  | 'sal'
  | 'sql'
  | 'opportunity-created'
  | 'closed-won'
  | 'last-touch'
  | `stage:${string}`
  | `deal-stage:${string}`;

/** The milestones with fixed names; `stage:<id>` and `deal-stage:<id>` are open-ended. */
export const ATTRIBUTION_MILESTONES = [
  'first-touch',
  'lead-creation',
  'mql',
  'sal',
  'sql',
  'opportunity-created',
  'closed-won',
  'last-touch',
] as const;

/** How a milestone is resolved, after shorthands are expanded. */
export type MilestoneKind =
  | { kind: 'first-touch' }
  | { kind: 'last-touch' }
  | { kind: 'lead-creation' }
  | { kind: 'opportunity-created' }
  | { kind: 'closed-won' }
  | { kind: 'person-stage'; stage: string }
  | { kind: 'deal-stage'; stage: string };

/** True for a valid milestone name (a named one, `stage:<id>` or `deal-stage:<id>`). */
export function isMilestone(value: string): value is AttributionMilestone {
  return (
    (ATTRIBUTION_MILESTONES as readonly string[]).includes(value) ||
    (value.startsWith('stage:') && value.length > 6) ||
    (value.startsWith('deal-stage:') && value.length > 11)
  );
}

/** Expands shorthands: `mql` → person stage `mql`, `deal-stage:x` → deal stage `x`. */
export function milestoneKind(milestone: AttributionMilestone): MilestoneKind {
  switch (milestone) {
    case 'first-touch':
    case 'last-touch':
    case 'lead-creation':
    case 'opportunity-created':
    case 'closed-won':
      return { kind: milestone };
    case 'mql':
    case 'sal':
    case 'sql':
      return { kind: 'person-stage', stage: milestone };
    default:
      if (milestone.startsWith('deal-stage:')) {
        return { kind: 'deal-stage', stage: milestone.slice('deal-stage:'.length) };
      }
      return { kind: 'person-stage', stage: milestone.slice('stage:'.length) };
  }
}

/** The milestone in marketer words: `lead-creation` → "lead-creation", `mql` → "MQL". */
export function milestoneLabel(milestone: AttributionMilestone): string {
  const kind = milestoneKind(milestone);
  switch (kind.kind) {
    case 'person-stage':
      return ['mql', 'sal', 'sql'].includes(kind.stage)
        ? kind.stage.toUpperCase()
        : `stage "${kind.stage}"`;
    case 'deal-stage':
      return `deal stage "${kind.stage}"`;
    default:
      return kind.kind;
  }
}
