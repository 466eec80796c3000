/** What the ids in a selection are, so the app knows which record view to open. */
export type SelectionEntity =
  | 'deal'
  | 'person'
  | 'account'
  | 'activity'
  | 'episode'
  | 'touch'
  | 'breach'
  | 'campaign'
  | 'record';

/**
 * What a widget's `onSelect` receives when a mark is clicked or activated with Enter/Space:
 * which mark it was and the ids of the records behind it, so the embedding app can open its
 * own record view. No chart library knows what a bar means; this payload says.
 */
export interface MarkSelection<Kind extends string = string, Detail = unknown> {
  /** The widget, e.g. `'goal-meter'`, `'funnel'`. */
  widget: string;
  /** The kind of mark, e.g. `'stage'`, `'team'`, `'link'`. */
  kind: Kind;
  /** A stable key of the mark within the widget (a stage id, a team, `source→target`). */
  key: string;
  /** The mark's visible name. */
  label: string;
  /** The ids of the records behind the mark, as the core result lists them; empty when it lists none. */
  ids: readonly string[];
  /** What the ids are; null when the result carries no ids for this mark. */
  entity: SelectionEntity | null;
  /** Widget-specific facts of the mark (counts, group, slice). */
  detail: Detail;
}

/** The `onSelect` callback type. */
export type OnSelect<Kind extends string = string, Detail = unknown> = (
  selection: MarkSelection<Kind, Detail>,
) => void;
