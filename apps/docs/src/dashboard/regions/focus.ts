/**
 * What a selection in one widget narrows the others to: a channel (from a flow link, a
 * table row, a model's dot) and the deal whose journey is open.
 */
export interface Focus {
  channel: string | null;
  dealId: string | null;
}

export const NO_FOCUS: Focus = { channel: null, dealId: null };

/** Props every region takes: the results, the focus and a way to change it. */
export interface RegionProps<R> {
  results: R;
  focus: Focus;
  onFocus: (patch: Partial<Focus>) => void;
}

/** A channel's display name from the core's labels, or its key. */
export function channelName(labels: ReadonlyMap<string, string>, channel: string): string {
  return labels.get(channel) ?? channel.replace(/_/g, ' ');
}

/**
 * What a widget's selection narrows the dashboard to: the first deal among its ids opens in
 * the deal journey; a channel named by its key (`paid_search`, `paid_search→mql`) or detail
 * filters the channel views.
 */
export function focusFromSelection(
  selection: { key: string; ids: readonly string[]; entity: string | null; detail: unknown },
  channels: ReadonlyMap<string, string>,
): Partial<Focus> {
  const patch: Partial<Focus> = {};
  if (selection.entity === 'deal' && selection.ids[0] !== undefined)
    patch.dealId = selection.ids[0];
  const detail = selection.detail as { channel?: unknown } | null;
  const candidates = [
    typeof detail?.channel === 'string' ? detail.channel : null,
    ...selection.key.split(/→|->|:|\|/),
  ];
  const channel = candidates.find((c): c is string => c !== null && channels.has(c.trim()));
  if (channel !== undefined) patch.channel = channel.trim();
  return patch;
}
