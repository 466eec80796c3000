import type { ResolvedAttributionOptions } from '../options';
import type { TouchIndex } from '../touch-index';

/** The distinct-by key of a touch for linear-per-channel, participation and data-driven models. */
export function distinctKey(
  index: TouchIndex,
  i: number,
  by: ResolvedAttributionOptions['distinctBy'],
): string {
  const touch = index.touches[i];
  if (!touch) return '';
  if (by === 'campaign') return touch.campaignId ?? '(no campaign)';
  if (by === 'content') return touch.title ?? '(untitled)';
  return touch.channel;
}

/** How many touches share touch `k`'s key, in words. */
export function sharedBy(size: number): string {
  return size === 1 ? 'its only touch' : `shared by its ${size} touches`;
}
