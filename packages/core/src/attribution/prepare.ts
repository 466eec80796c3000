import type { Dataset } from '../model/dataset';
import { type DatasetArray, memoOnDataset } from '../model/dataset-memo';
import type { Campaign } from '../model/marketing';
import type { User } from '../model/people';
import { type AnchorLookup, buildAnchorLookup } from './anchor-placement';
import { type Conversion, findConversions } from './conversions';
import { filterSignature, type Journey, journeySignature, TouchFilter } from './journeys';
import type { ResolvedAttributionOptions } from './options';
import { buildTouchIndex, type TouchIndex } from './touch-index';
import type { AttributionFinding } from './types';

/** Indexes built once per dataset and shared by every model run on it. */
export interface PreparedDataset {
  dataset: Dataset;
  index: TouchIndex;
  /** Touch filters per filter signature, so runs with the same filters share their work. */
  filters: Map<string, TouchFilter>;
  lookup: AnchorLookup;
  /** Converting deals per conversion signature (see {@link conversionsFor}). */
  conversions: Map<string, { conversions: Conversion[]; findings: AttributionFinding[] }>;
  /** Each converting deal's journey per conversion and journey signature (see {@link journeysFor}). */
  journeys: Map<string, Journey[]>;
  users: ReadonlyMap<string, User>;
  campaigns: ReadonlyMap<string, Campaign>;
}

/**
 * Indexes a dataset for attribution: touches by person and by account (sorted lazily, on
 * first use), people, users and campaigns. `compareModels` prepares once for all its models;
 * prepare once yourself to run several models on one dataset with `runAttribution`.
 */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  return {
    dataset,
    index: buildTouchIndex(dataset),
    filters: new Map(),
    lookup: buildAnchorLookup(dataset),
    conversions: new Map(),
    journeys: new Map(),
    users: new Map(dataset.users.map((user) => [user.id, user])),
    campaigns: new Map(dataset.campaigns.map((campaign) => [campaign.id, campaign])),
  };
}

/**
 * Every array of the dataset: a prepared dataset carries the dataset it was built from, and
 * runs read its deals, activities and campaigns through it, so any replaced array (say, a
 * filtered `deals`) needs a new one.
 */
const PREPARED_READS = [
  'touchpoints',
  'people',
  'changes',
  'users',
  'campaigns',
  'deals',
  'activities',
  'accounts',
  'leads',
  'pipelines',
  'campaignMemberships',
  'goals',
] as const satisfies readonly DatasetArray[];

/**
 * The prepared form of a dataset, built on first use and then remembered for as long as the
 * dataset lives (see `memoOnDataset`), so `attribute` called again on the same dataset —
 * another model, another filter — skips indexing. Datasets are treated as immutable: one whose
 * arrays were replaced or resized is prepared again; records edited in place are not noticed.
 */
export function preparedDatasetOf(dataset: Dataset): PreparedDataset {
  return memoOnDataset(dataset, PREPARED_READS, 'attribution', () => prepareDataset(dataset));
}

/** The touch filter of a run's options, shared with earlier runs that used the same filters. */
export function touchFilterFor(
  prepared: PreparedDataset,
  options: ResolvedAttributionOptions,
): TouchFilter {
  const signature = filterSignature(options);
  let filter = prepared.filters.get(signature);
  if (!filter) {
    filter = new TouchFilter(prepared.index, options);
    prepared.filters.set(signature, filter);
  }
  return filter;
}

/** Signatures kept per prepared dataset: a dashboard's few conversion settings, not unbounded. */
const MAX_CONVERSION_SETS = 8;

/**
 * The converting deals of a run's options (`findConversions`), found once per conversion,
 * `asOf`, period, time zone and scope and shared by later runs — another model, other filters —
 * with their findings pushed into `findings` as if found again (copies, so results never share
 * a finding object).
 */
export function conversionsFor(
  prepared: PreparedDataset,
  options: ResolvedAttributionOptions,
  findings: AttributionFinding[],
): Conversion[] {
  const signature = conversionSignature(options);
  let found = prepared.conversions.get(signature);
  if (!found) {
    const own: AttributionFinding[] = [];
    const conversions = findConversions(
      prepared.dataset,
      prepared.index.accountOfPerson,
      options,
      own,
    );
    found = { conversions, findings: own };
    if (prepared.conversions.size >= MAX_CONVERSION_SETS) {
      prepared.conversions.delete(prepared.conversions.keys().next().value as string);
    }
    prepared.conversions.set(signature, found);
  }
  for (const finding of found.findings) findings.push({ ...finding });
  return found.conversions;
}

/** What `findConversions` depends on, as a cache key. */
function conversionSignature(options: ResolvedAttributionOptions): string {
  return JSON.stringify([
    options.conversion,
    options.asOf,
    options.period,
    options.timeZone,
    options.scope,
  ]);
}

/**
 * The journeys of a run's converting deals (by conversion ordinal), shared by every run with
 * the same conversions and journey options — a model switch on a dashboard rebuilds none.
 * Filled by the runs as they build them; a journey is never changed once built.
 */
export function journeysFor(
  prepared: PreparedDataset,
  options: ResolvedAttributionOptions,
): Journey[] {
  const signature = `${conversionSignature(options)}|${journeySignature(options)}`;
  let journeys = prepared.journeys.get(signature);
  if (!journeys) {
    journeys = [];
    if (prepared.journeys.size >= MAX_CONVERSION_SETS) {
      prepared.journeys.delete(prepared.journeys.keys().next().value as string);
    }
    prepared.journeys.set(signature, journeys);
  }
  return journeys;
}
