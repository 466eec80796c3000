/**
 * What the transport reports to a logger. Events carry the method and the path (never the
 * query string, headers or bodies), so they are safe to log as they are.
 */
export type CrmTransportEvent =
  | {
      readonly type: 'request';
      readonly method: string;
      readonly path: string;
      readonly attempt: number;
    }
  | {
      readonly type: 'response';
      readonly method: string;
      readonly path: string;
      readonly status: number;
      readonly durationMs: number;
    }
  | {
      readonly type: 'retry';
      readonly method: string;
      readonly path: string;
      /** Why: `http 429`, `http 503`, `timeout`, `network ECONNRESET`, `malformed json`. */
      readonly reason: string;
      readonly attempt: number;
      readonly delayMs: number;
    }
  | { readonly type: 'throttle'; readonly group: string; readonly waitedMs: number }
  | { readonly type: 'token-refresh'; readonly reason: 'expiring' | 'unauthorized' };

/** Receives transport events, e.g. `(event) => logger.debug(event)`. */
export type CrmTransportLogger = (event: CrmTransportEvent) => void;

/** Cumulative counters of a transport. */
export interface CrmTransportStats {
  /** Requests sent, retries included. */
  readonly requests: number;
  readonly retried: number;
  /** Requests the proactive limiter delayed. */
  readonly throttled: number;
}
