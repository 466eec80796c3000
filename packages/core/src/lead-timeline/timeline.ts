import type { Dataset } from '../model/dataset';
import { memoOnDataset } from '../model/dataset-memo';
import type { Person } from '../model/people';
import type { TimelineConfig } from './config';
import { WalkContext } from './context';
import { fateOf } from './fate';
import { linkActivities, linkDeals, linkLeads, linkSources } from './links';
import { sortByMqlTime } from './mql-order';
import { indexPeople } from './person-index';
import { walkPerson } from './person-walk';
import { type HandoffFindings, type HandoffQualityCode, handoffFindings } from './quality';
import { TIMELINE_READS } from './timeline-reads';
import type { Episode } from './types';

/** Every MQL episode of a dataset as of an instant, with the data-quality findings. */
export interface Timeline {
  /** Episodes by person (dataset order), then by MQL time. */
  episodes: Episode[];
  /** Findings so far; callers may add their own before reading `quality.list()`. */
  quality: HandoffFindings;
}

const OPEN_FATES = new Set(['pending', 'never_worked', 'accepted']);

/** Period cohorts a shared timeline keeps (a dashboard's quarter, its previous one…). */
const KEPT_PERIODS = 8;

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
  const index = indexPeople(dataset, config.mqlStage);
  const quality = handoffFindings();
  for (let i = 0; i < index.findingCodes.length; i++) {
    quality.add(index.findingCodes[i] as HandoffQualityCode, index.findingIds[i] as string);
  }
  const ctx = new WalkContext(dataset, config, index, quality);
  const episodes: Episode[] = [];
  const leadStart = index.leadsByPerson.start;
  for (let p = 0; p < dataset.people.length; p++) {
    const from = episodes.length;
    if (index.hasMql[p] === 1) walkPerson(ctx, p, episodes);
    // Most people never became MQLs and have no lead work item: nothing to link.
    else if (leadStart[p] === leadStart[p + 1]) continue;
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

// Everything of the config a timeline depends on; the calendar only through never-worked.
function configKey(config: TimelineConfig): string {
  const after = config.neverWorkedAfter;
  return JSON.stringify([
    config.asOfMs,
    [...config.stageRank.keys()],
    config.mqlStage,
    config.acceptedRank,
    config.opportunityRank,
    config.customerRank,
    [...config.statusKinds],
    after,
    'businessHours' in after ? config.calendar.hours : null,
  ]);
}

/** A timeline shared between calls. */
export interface SharedTimeline extends Timeline {
  /**
   * The episodes whose MQL falls in `[startMs, endMs)` (default: all), by MQL time, ties by
   * id. The full list is sorted once and shared; neither may be changed.
   */
  cohort(startMs?: number, endMs?: number): readonly Episode[];
}

/**
 * The timeline of a dataset as `buildTimeline` builds it, built once per dataset and set of
 * options and then shared (see `memoOnDataset`): `handoff` then `evaluateSla`, or a second
 * call, reuse it. Its episodes are shared and must not be changed; the quality log is each
 * caller's own copy.
 */
export function leadTimeline(dataset: Dataset, config: TimelineConfig): SharedTimeline {
  const shared = memoOnDataset(
    dataset,
    TIMELINE_READS,
    `timeline\u0000${configKey(config)}`,
    () => {
      const timeline = buildTimeline(dataset, config);
      timeline.quality.list(); // sorts the ids once for every copy
      // Sorted on first need: a period's cohort (the SLA's quarter) is a small share. The
      // last few are kept, so that what is computed per cohort (delays) is shared too.
      let all: Episode[] | undefined;
      const periods = new Map<string, Episode[]>();
      const cohort = (startMs = Number.NEGATIVE_INFINITY, endMs = Number.POSITIVE_INFINITY) => {
        if (startMs === Number.NEGATIVE_INFINITY && endMs === Number.POSITIVE_INFINITY) {
          all ??= sortByMqlTime(timeline.episodes);
          return all;
        }
        const key = `${startMs} ${endMs}`;
        let found = periods.get(key);
        if (found === undefined) {
          const inPeriod = (ep: Episode) => ep.mqlMs >= startMs && ep.mqlMs < endMs;
          found =
            all === undefined
              ? sortByMqlTime(timeline.episodes.filter(inPeriod))
              : all.filter(inPeriod);
          if (periods.size >= KEPT_PERIODS) periods.delete(periods.keys().next().value as string);
          periods.set(key, found);
        }
        return found;
      };
      return { ...timeline, cohort };
    },
  );
  return { ...shared, quality: shared.quality.copy() };
}
