/**
 * Last non-direct: the last touch whose channel is not a direct channel gets 100%. When every
 * touch is direct, GA4's paid-and-organic last click credits direct ("excluded unless the
 * whole path is direct"): `credit-last-direct` does the same, `unattributed` gives no credit.
 *
 * @param channels the channel of each touch, in time order
 * @returns the journey position credited, or −1
 */
export function lastNonDirectPosition(
  channels: readonly string[],
  directChannels: ReadonlySet<string>,
  allDirect: 'credit-last-direct' | 'unattributed',
): number {
  for (let k = channels.length - 1; k >= 0; k--) {
    if (!directChannels.has(channels[k] ?? '')) return k;
  }
  return allDirect === 'credit-last-direct' ? channels.length - 1 : -1;
}
