import { type AttributionMilestone, milestoneLabel } from './milestones';

/**
 * Position keys in words, for `compareModels`' delta drivers: each weight-based model's own
 * key (the `positionWords` of its registry entry, checked equal in position-words.test.ts),
 * then the shared ones. A plain map, so a UI that prints drivers (ModelComparison) does not
 * pull every model rule in through the registry.
 */
const POSITION_WORDS: Readonly<Record<string, string>> = {
  'last-non-direct': 'last non-direct touch',
  linear: 'equal share per touch',
  'linear-per-channel': 'equal share per channel',
  participation: 'full credit to every channel that took part',
  'time-decay': 'recency weighting',
  unattributed: 'deals with no credited touch',
  pending: 'shares pending a milestone not reached yet',
  middle: 'middle touches',
};

/** A position key in words: `first-touch+lead-creation` → "first-touch and lead-creation anchors". */
export function positionWords(position: string): string {
  const known = POSITION_WORDS[position];
  if (known) return known;
  const anchors = position.split('+').map((m) => milestoneLabel(m as AttributionMilestone));
  return anchors.length === 1 ? `${anchors[0]} anchor` : `${anchors.join(' and ')} anchors`;
}
