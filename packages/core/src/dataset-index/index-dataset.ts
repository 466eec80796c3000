import { preparedDatasetOf } from '../attribution/prepare';
import { type TimelineConfig, timelineConfig } from '../lead-timeline/config';
import { indexPeople } from '../lead-timeline/person-index';
import { leadTimeline } from '../lead-timeline/timeline';
import { fieldHistory } from '../lifecycle/field-history';
import { idIndex } from '../lifecycle/id-index';
import { stageDateIndex } from '../lifecycle/stage-date-index';
import type { Dataset } from '../model/dataset';
import { parseOptions } from '../options/parse-options';
import { recordTimes } from '../time/record-times';
import {
  type IndexDatasetOptions,
  IndexDatasetOptionsSchema,
  type IndexedAnalysis,
} from './options';

/** One shared index `indexDataset` built, which analyses read it and how long it took. */
export interface DatasetIndexPart {
  /** `lead-timeline` (hand-off and SLA), `lifecycle` (funnel and goals) or `attribution`. */
  part: 'attribution' | 'lead-timeline' | 'lifecycle';
  /** The analyses (of those asked for) that read it. */
  serves: IndexedAnalysis[];
  /** Wall time spent building it, in milliseconds. */
  ms: number;
}

/** What `indexDataset` built, in build order. */
export interface DatasetIndexReport {
  parts: DatasetIndexPart[];
  /** Wall time of the whole call, in milliseconds. */
  ms: number;
}

interface PartBuilder {
  part: DatasetIndexPart['part'];
  serves: readonly IndexedAnalysis[];
  build(dataset: Dataset, options: { mqlStage: string; timeline: TimelineConfig | null }): void;
}

const PARTS: readonly PartBuilder[] = [
  {
    // Changes, activities and lead work items by person, sorted, with their times: the
    // person index every MQL episode is walked from. The episodes depend on `asOf` and the
    // vocabularies, so they are built only when the timeline options are given.
    part: 'lead-timeline',
    serves: ['handoff', 'sla'],
    build(dataset, { mqlStage, timeline }) {
      indexPeople(dataset, mqlStage);
      recordTimes(dataset.people, 'createdAt');
      if (timeline !== null) leadTimeline(dataset, timeline);
    },
  },
  {
    // The people's lifecycle-stage and owner histories (grouped by person, times parsed),
    // their stage dates, the id index and the deals' times: what the default person funnel,
    // the goals and the back-solve read. A deal-stage funnel indexes its history on first use.
    part: 'lifecycle',
    serves: ['funnel', 'goals'],
    build({ changes, people, deals }) {
      idIndex(people);
      fieldHistory(changes, 'person', 'lifecycleStage', people);
      fieldHistory(changes, 'person', 'owner', people);
      stageDateIndex(people);
      recordTimes(deals, 'createdAt');
      recordTimes(deals, 'closedAt');
    },
  },
  {
    // The touch columns: every touch's instant and codes read, each person's touches grouped
    // and sorted by time, duplicates marked; people's accounts, anchor times, users and
    // campaigns. A first run then reads no touch object until its ledger is read.
    part: 'attribution',
    serves: ['attribution'],
    build(dataset) {
      preparedDatasetOf(dataset).index.prepareAll();
    },
  },
];

/**
 * Builds, ahead of the first call, the indexes that `handoff`, `evaluateSla`, `funnel`, the
 * goal functions and `attribute` share for a dataset, so that a dashboard pays for reading a
 * million records once, at load time (say, while it shows a loading state), instead of on
 * the first widget a user opens. Every later call on the same dataset reuses them, exactly
 * as if the first analysis call had built them: results are the same with or without it.
 *
 * The indexes live as long as the dataset's arrays (held weakly) and are rebuilt when an
 * array is replaced or resized; datasets are treated as immutable. What depends on a call's
 * options (`asOf`, business hours, a funnel's stages) is still computed by that call — except
 * the MQL episodes, built here too when `timeline` gives the options `handoff` and
 * `evaluateSla` will be called with.
 *
 * @returns each index built, which analyses read it and its wall time.
 * @throws {OptionsError} for an unknown analysis or option, or timeline options
 *   `handoff` would reject (a stage missing from `lifecycle.order`, say).
 */
export function indexDataset(
  dataset: Dataset,
  options: IndexDatasetOptions = {},
): DatasetIndexReport {
  const parsed = parseOptions('indexDataset', IndexDatasetOptionsSchema, options);
  const timeline =
    parsed.timeline === undefined ? null : timelineConfig(parsed.timeline, 'indexDataset');
  const mqlStage = timeline?.mqlStage ?? parsed.mqlStage ?? 'mql';
  const wanted = new Set<IndexedAnalysis>(parsed.for ?? PARTS.flatMap((p) => p.serves));
  const started = performance.now();
  const parts: DatasetIndexPart[] = [];
  for (const builder of PARTS) {
    const serves = builder.serves.filter((analysis) => wanted.has(analysis));
    if (serves.length === 0) continue;
    const from = performance.now();
    builder.build(dataset, { mqlStage, timeline });
    parts.push({ part: builder.part, serves, ms: performance.now() - from });
  }
  return { parts, ms: performance.now() - started };
}
