import type { Dataset } from '../model/dataset';
import type { Person } from '../model/people';
import type { TimelineConfig } from './config';
import { WalkContext } from './context';
import { fateOf } from './fate';
import { linkActivities, linkDeals, linkLeads, linkSources } from './links';
import { indexPeople } from './person-index';
import { walkPerson } from './person-walk';
import { QualityLog } from './quality';
import type { Episode } from './types';

/** Every MQL episode of a dataset as of an instant, with the data-quality findings. */
export interface Timeline {
  /** Episodes by person (dataset order), then by MQL time. */
  episodes: Episode[];
  /** Findings so far; callers may add their own before reading `quality.findings()`. */
  quality: QualityLog;
}

const OPEN_FATES = new Set(['pending', 'never_worked', 'accepted']);

function finish(ctx: WalkContext, ep: Episode, previous: Episode | null): void {
  if (previous !== null) {
    previous.nextId = ep.id;
    ep.previousId = previous.id;
  }
  const opp = ep.opportunity;
  // An opportunity implies acceptance, at the latest when it was created.
  if (opp !== null && !(ep.acceptedMs <= opp.ms) && !Number.isNaN(opp.ms)) {
    ep.acceptedMs = opp.ms;
    ep.acceptedAt = opp.at;
  }
  ep.fate = fateOf(ctx.config, ep);
  const { quality, index } = ctx;
  if (ep.assigneeId === null) quality.add('episode_unassigned', ep.id);
  if (ep.rejection !== null && ep.rejection.reason === null && ep.decision === 'rejected') {
    quality.add('rejection_without_reason', ep.rejection.changeId);
  }
  for (const owner of ep.ownerIds) {
    if (owner !== null && !index.users.has(owner)) quality.add('owner_unknown', ep.id);
  }
  const owner = ep.ownerIds[ep.ownerIds.length - 1] ?? null;
  if (owner !== null && OPEN_FATES.has(ep.fate) && index.users.get(owner)?.active === false) {
    quality.add('owner_inactive', ep.id);
  }
}

/**
 * Builds the MQL episodes of every person: indexes the dataset once (changes, activities and
 * leads by person, sorted by time), walks each person's history, links activities, lead work
 * items, sources and deals, then decides each episode's fate. Linear in the records (plus the
 * sort within each person).
 */
export function buildTimeline(dataset: Dataset, config: TimelineConfig): Timeline {
  const quality = new QualityLog();
  const ctx = new WalkContext(
    dataset,
    config,
    indexPeople(dataset, config.asOfMs, config.mqlStage, quality),
    quality,
  );
  const episodes: Episode[] = [];
  for (let p = 0; p < dataset.people.length; p++) {
    const from = episodes.length;
    if (ctx.index.hasMql[p] === 1) walkPerson(ctx, p, episodes);
    const converted = linkLeads(ctx, p, episodes, from);
    if (episodes.length === from) continue;
    linkActivities(ctx, p, episodes, from);
    linkSources(dataset.people[p] as Person, episodes, from);
    linkDeals(ctx, p, episodes, from, converted);
    for (let i = from; i < episodes.length; i++) {
      finish(ctx, episodes[i] as Episode, i > from ? (episodes[i - 1] as Episode) : null);
    }
  }
  return { episodes, quality };
}
