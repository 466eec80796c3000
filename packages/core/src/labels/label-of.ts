/**
 * The label of a key in a label map, or the key itself when the map has none (a custom
 * stage, a channel added later): a table never shows a blank cell.
 *
 * ```ts
 * labelOf(CHANNEL_LABELS, 'paid_search'); // "Paid search"
 * labelOf(LIFECYCLE_STAGE_LABELS, 'tql'); // "tql"
 * ```
 */
export function labelOf(labels: Readonly<Partial<Record<string, string>>>, key: string): string {
  return Object.hasOwn(labels, key) ? (labels[key] ?? key) : key;
}
