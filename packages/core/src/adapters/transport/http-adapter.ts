import type { EntityName } from '../../model/dataset';
import { beginPass } from '../contract/checkpoint';
import { systemClock } from '../contract/clock';
import type {
  CrmAdapterV1,
  CrmCheckpoint,
  CrmSyncBatch,
  CrmSyncOptions,
  JsonValue,
} from '../contract/crm-adapter-v1';
import { runStreams, type StreamPart } from '../contract/run-streams';
import { CrmTransport, type CrmTransportOptions } from './crm-transport';

/** The streams of one pass, as an adapter lays them out from the pass's checkpoint. */
export interface HttpAdapterPass {
  /** Every stream of the pass, in order. */
  readonly names: readonly string[];
  /** Opens a stream, resuming from its saved position. */
  open(name: string, position: JsonValue | undefined): AsyncIterable<StreamPart>;
}

/** What an HTTP adapter is made of (see {@link createHttpAdapter}). */
export interface HttpAdapterSpec<P extends string> {
  readonly provider: P;
  readonly entities: readonly EntityName[];
  /** The transport: dialect, base URL, auth and the caller's transport options. */
  readonly transport: CrmTransportOptions;
  /** How far an incremental pass reaches back before the last one ended. */
  readonly lookbackMs: number;
  /** The pass's streams, given where it starts, the transport and the caller's signal. */
  pass(checkpoint: CrmCheckpoint, transport: CrmTransport, signal?: AbortSignal): HttpAdapterPass;
}

/** An HTTP adapter: `CrmAdapterV1` plus the transport it runs on (for stats and tests). */
export interface HttpAdapter<P extends string> extends CrmAdapterV1 {
  readonly provider: P;
  readonly transport: CrmTransport;
}

/**
 * The setup every HTTP adapter shares: one transport for the adapter's life, passes begun
 * with `beginPass` on the transport's clock (lookback included), and streams driven by
 * `runStreams` with progress from the transport's counters. An adapter supplies its dialect
 * and lays out its streams; resumption, abort and progress then behave alike for every CRM.
 */
export function createHttpAdapter<P extends string>(spec: HttpAdapterSpec<P>): HttpAdapter<P> {
  const transport = new CrmTransport(spec.transport);
  const clock = spec.transport.clock ?? systemClock;
  async function* sync(options: CrmSyncOptions = {}): AsyncGenerator<CrmSyncBatch> {
    const checkpoint = beginPass(spec.provider, options, {
      now: clock.now(),
      lookbackMs: spec.lookbackMs,
    });
    const pass = spec.pass(checkpoint, transport, options.signal);
    yield* runStreams({
      checkpoint,
      names: pass.names,
      open: (name, position) => pass.open(name, position),
      counters: () => transport.stats,
      signal: options.signal,
      onProgress: options.onProgress,
    });
  }
  return {
    specificationVersion: 'v1',
    provider: spec.provider,
    entities: [...spec.entities],
    transport,
    sync,
  };
}

/** A page size option checked against the CRM's documented maximum. */
export function pageSizeOption(
  value: number | undefined,
  fallback: number,
  max: number,
  what: string,
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max)
    throw new RangeError(`pageSize must be an integer from 1 to ${max} (${what}), got ${size}`);
  return size;
}
