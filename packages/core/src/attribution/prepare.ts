import type { Dataset } from '../model/dataset';
import type { Campaign } from '../model/marketing';
import type { User } from '../model/people';
import { type AnchorLookup, buildAnchorLookup } from './anchor-placement';
import { filterSignature, TouchFilter } from './journeys';
import type { ResolvedOptions } from './options';
import { buildTouchIndex, type TouchIndex } from './touch-index';

/** Indexes built once per dataset and shared by every model run on it. */
export interface PreparedDataset {
  dataset: Dataset;
  index: TouchIndex;
  /** Touch filters per filter signature, so runs with the same filters share their work. */
  filters: Map<string, TouchFilter>;
  lookup: AnchorLookup;
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
    users: new Map(dataset.users.map((user) => [user.id, user])),
    campaigns: new Map(dataset.campaigns.map((campaign) => [campaign.id, campaign])),
  };
}

/** A prepared dataset and the arrays (and their lengths) it indexed. */
interface Remembered {
  prepared: PreparedDataset;
  arrays: readonly (readonly unknown[])[];
  lengths: readonly number[];
}

const preparedByDataset = new WeakMap<Dataset, Remembered>();

/** The arrays a prepared dataset reads. */
const indexedArrays = (dataset: Dataset): readonly (readonly unknown[])[] => [
  dataset.touchpoints,
  dataset.people,
  dataset.changes,
  dataset.users,
  dataset.campaigns,
];

/**
 * The prepared form of a dataset, built on first use and then remembered for as long as the
 * dataset lives (a `WeakMap` keyed on it), so `attribute` called again on the same dataset —
 * another model, another filter — skips indexing. Datasets are treated as immutable: one whose
 * arrays were replaced or resized is prepared again; records edited in place are not noticed.
 */
export function preparedDatasetOf(dataset: Dataset): PreparedDataset {
  const arrays = indexedArrays(dataset);
  const known = preparedByDataset.get(dataset);
  if (known?.arrays.every((array, k) => array === arrays[k] && array.length === known.lengths[k])) {
    return known.prepared;
  }
  const prepared = prepareDataset(dataset);
  preparedByDataset.set(dataset, { prepared, arrays, lengths: arrays.map((a) => a.length) });
  return prepared;
}

/** The touch filter of a run's options, shared with earlier runs that used the same filters. */
export function touchFilterFor(prepared: PreparedDataset, options: ResolvedOptions): TouchFilter {
  const signature = filterSignature(options);
  let filter = prepared.filters.get(signature);
  if (!filter) {
    filter = new TouchFilter(prepared.index, options);
    prepared.filters.set(signature, filter);
  }
  return filter;
}
