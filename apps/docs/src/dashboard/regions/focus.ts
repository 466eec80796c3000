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
