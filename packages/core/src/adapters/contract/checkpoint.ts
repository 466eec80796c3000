import type { CrmCheckpoint, CrmStreamCheckpoint, CrmSyncOptions } from './crm-adapter-v1';

/** Options of `beginPass`. */
export interface BeginPassOptions {
  /** Current time in epoch milliseconds: the upper bound of a new pass. */
  readonly now: number;
  /**
   * How far before the previous pass's `until` an incremental pass starts, to catch records
   * the CRM indexed late (HubSpot search is eventually consistent). Defaults to 0.
   */
  readonly lookbackMs?: number;
}

/**
 * The checkpoint a `sync()` call starts from, for adapter authors: an incomplete checkpoint
 * is resumed as is; a complete one starts an incremental pass from its `until`; otherwise
 * `since` (or nothing: a full pass) bounds a new pass ending `now`.
 * @throws {TypeError} for a checkpoint of another provider or specification version.
 */
export function beginPass(
  provider: string,
  sync: Pick<CrmSyncOptions, 'since' | 'checkpoint'>,
  options: BeginPassOptions,
): CrmCheckpoint {
  const until = new Date(options.now).toISOString();
  const previous = sync.checkpoint;
  if (previous) {
    if (previous.specificationVersion !== 'v1' || previous.provider !== provider) {
      throw new TypeError(
        `checkpoint is for ${previous.provider} (${previous.specificationVersion}), not ${provider} (v1)`,
      );
    }
    if (!previous.complete) return previous;
    const since = Date.parse(previous.until) - (options.lookbackMs ?? 0);
    return newPass(provider, new Date(since).toISOString(), until);
  }
  if (sync.since != null && Number.isNaN(Date.parse(sync.since))) {
    throw new TypeError(`since must be an ISO-8601 instant, got "${sync.since}"`);
  }
  return newPass(provider, sync.since ? new Date(sync.since).toISOString() : null, until);
}

function newPass(provider: string, since: string | null, until: string): CrmCheckpoint {
  return { specificationVersion: 'v1', provider, since, until, complete: false, streams: {} };
}

/**
 * The checkpoint after a stream moved on; the pass is complete once every stream in
 * `allStreams` is done.
 */
export function advanceStream(
  checkpoint: CrmCheckpoint,
  stream: string,
  state: CrmStreamCheckpoint,
  allStreams: readonly string[],
): CrmCheckpoint {
  const streams = { ...checkpoint.streams, [stream]: state };
  const complete = allStreams.every((name) => streams[name]?.done === true);
  return { ...checkpoint, streams, complete };
}
