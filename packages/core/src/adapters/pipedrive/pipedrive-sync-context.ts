import type { JsonValue } from '../contract/crm-adapter-v1';
import type { StreamPart } from '../contract/run-streams';
import type { PipedriveApi } from './pipedrive-api';
import type { PipedriveMappingContext } from './pipedrive-mapping-context';

/** A stream: resumes from its last position and yields parts; the last part has `done: true`. */
export type PipedriveStream = (
  context: PipedriveSyncContext,
  position: JsonValue | undefined,
) => AsyncIterable<StreamPart>;

/** What the streams of one `sync()` call share. */
export interface PipedriveSyncContext {
  readonly api: PipedriveApi;
  /** The pass: records updated in [since, until]; since null for a full pass. */
  readonly since: string | null;
  readonly until: string;
  /** Records per list page (≤500). */
  readonly pageSize: number;
  /** Field definitions, stages and lead labels, read once per sync. */
  mapping(): Promise<PipedriveMappingContext>;
}

/** Memoizes an async loader for the length of a sync. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

/** RFC3339 to the second, as v2 `updated_since`/`updated_until` take it (guide §4.6). */
export function rfc3339(iso: string): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(0, 19)}Z`;
}
