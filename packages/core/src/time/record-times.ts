import { parseInstant } from './instant';

/** The names of a record's fields that hold an ISO instant (or null). */
export type TimeField<T> = {
  [K in keyof T]-?: T[K] extends string | null | undefined ? K : never;
}[keyof T] &
  string;

const cache = new WeakMap<readonly object[], Map<string, Float64Array>>();

/**
 * Epoch milliseconds of one timestamp field of every record in an array (NaN where the
 * field is null or not an instant), parsed once per array and field and then shared: the
 * goals, funnel, SLA, hand-off and attribution functions all read the same dataset's
 * `changes`, `activities` and `touchpoints`, and parsing a million timestamps costs more
 * than most of what they compute from them.
 *
 * The cache is keyed on the array itself (held weakly), so it follows the dataset's
 * lifetime. Datasets are treated as immutable: an array that has grown or shrunk since it
 * was parsed is parsed again, but a timestamp edited in place is not seen — build a new
 * array (as `parseDataset` and the adapters do) instead of mutating one.
 */
export function recordTimes<T extends object>(
  records: readonly T[],
  field: TimeField<T>,
): Float64Array {
  const known = knownRecordTimes(records, field);
  if (known) return known;
  const times = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const text = (records[i] as Record<string, unknown>)[field];
    times[i] = typeof text === 'string' ? parseInstant(text) : Number.NaN;
  }
  rememberRecordTimes(records, field, times);
  return times;
}

/** The times `recordTimes` would return if they are parsed already, else undefined. */
export function knownRecordTimes<T extends object>(
  records: readonly T[],
  field: TimeField<T>,
): Float64Array | undefined {
  const times = cache.get(records)?.get(field);
  return times?.length === records.length ? times : undefined;
}

/**
 * Shares times a caller parsed itself, exactly as `recordTimes` would have (`parseInstant`
 * of every string, NaN otherwise): a pass that reads every record anyway parses in the same
 * visit instead of making `recordTimes` read the records a second time.
 */
export function rememberRecordTimes<T extends object>(
  records: readonly T[],
  field: TimeField<T>,
  times: Float64Array,
): void {
  let byField = cache.get(records);
  if (!byField) {
    byField = new Map();
    cache.set(records, byField);
  }
  byField.set(field, times);
}
