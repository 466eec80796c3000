import type { EntityName } from '../../model/dataset';
import { advanceStream } from './checkpoint';
import type { CrmCheckpoint, CrmSyncBatch, CrmSyncOptions, JsonValue } from './crm-adapter-v1';
import type { CrmFinding, CrmRejection } from './sync-findings';

/** One step of a stream: records of one entity, deletions, where it stands, and whether it is done. */
export interface StreamPart {
  readonly entity: EntityName;
  readonly records: readonly unknown[];
  readonly deleted?: readonly string[];
  readonly origins?: readonly (string | null)[];
  readonly rejected?: readonly CrmRejection[];
  readonly findings?: readonly CrmFinding[];
  readonly position: JsonValue;
  readonly done: boolean;
}

/** Request counters since a transport was made (retries and throttle waits included). */
export interface RequestCounters {
  readonly requests: number;
  readonly retried: number;
  readonly throttled: number;
}

/** What {@link runStreams} needs to drive one pass. */
export interface StreamPass {
  /** Where the pass starts (from `beginPass`). */
  readonly checkpoint: CrmCheckpoint;
  /** Every stream of the pass, in order. */
  readonly names: readonly string[];
  /** Opens a stream, resuming from its saved position. */
  readonly open: (name: string, position: JsonValue | undefined) => AsyncIterable<StreamPart>;
  /** The transport's counters now; progress reports them relative to the start. */
  readonly counters: () => RequestCounters;
  readonly signal?: AbortSignal;
  readonly onProgress?: CrmSyncOptions['onProgress'];
}

/**
 * Runs a pass's streams in order: skips finished ones, resumes each from its position,
 * advances the checkpoint after every part, checks for abort before handing a batch out, and
 * reports cumulative progress after each batch and once at the end. The loop every HTTP
 * adapter shares, so resumption behaves the same whichever CRM it is.
 */
export async function* runStreams(pass: StreamPass): AsyncGenerator<CrmSyncBatch> {
  const start = pass.counters();
  let checkpoint = pass.checkpoint;
  let batches = 0;
  let records = 0;
  const progress = (stream: string) => {
    const now = pass.counters();
    pass.onProgress?.({
      stream,
      batches,
      records,
      requests: now.requests - start.requests,
      retried: now.retried - start.retried,
      throttled: now.throttled - start.throttled,
    });
  };
  for (const name of pass.names) {
    const state = checkpoint.streams[name];
    if (state?.done) continue;
    for await (const part of pass.open(name, state?.position)) {
      // A batch computed before an abort must not be handed out after it.
      pass.signal?.throwIfAborted();
      checkpoint = advanceStream(
        checkpoint,
        name,
        { done: part.done, position: part.position },
        pass.names,
      );
      batches++;
      records += part.records.length;
      yield {
        entity: part.entity,
        records: part.records,
        ...(part.deleted ? { deleted: part.deleted } : {}),
        ...(part.origins ? { origins: part.origins } : {}),
        ...(part.rejected?.length ? { rejected: part.rejected } : {}),
        ...(part.findings?.length ? { findings: part.findings } : {}),
        checkpoint,
      } as CrmSyncBatch;
      progress(name);
    }
  }
  progress('done');
}
