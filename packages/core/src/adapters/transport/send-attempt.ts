import ky, { isNetworkError } from 'ky';
import type { CrmErrorCause } from '../contract/crm-error';

/** One attempt's outcome, before interpretation. */
export type AttemptOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: Headers;
      readonly text: string;
    }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network'; readonly cause: CrmErrorCause };

/** What one attempt sends. */
export interface AttemptRequest {
  readonly method: string;
  readonly baseUrl: string;
  readonly path: string;
  readonly searchParams: URLSearchParams;
  readonly headers: Record<string, string>;
  readonly json?: unknown;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** The first system error code along a cause chain (`ECONNRESET`, `UND_ERR_SOCKET`, ...). */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A sanitized cause. Only the innermost message is kept: ky's own messages embed the full
 * URL (query included) and its errors hold the `Request` with the Authorization header.
 */
function networkCause(error: unknown): CrmErrorCause {
  let innermost = error;
  while ((innermost as { cause?: unknown })?.cause)
    innermost = (innermost as { cause: unknown }).cause;
  const name = innermost instanceof Error ? innermost.name : 'Error';
  const message = innermost instanceof Error ? innermost.message : String(innermost);
  const code = errorCode(error);
  return code === undefined ? { name, message } : { name, message, code };
}

/**
 * Sends one request with ky and reads the whole body, within `timeoutMs` of real time
 * (headers and body together, so a dripping body times out too). Retries, throttling and
 * ky's own timeout are off: the transport owns them. Aborting `signal` rethrows its reason.
 */
export async function sendAttempt(request: AttemptRequest): Promise<AttemptOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
  const signal = request.signal
    ? AbortSignal.any([request.signal, timeout.signal])
    : timeout.signal;
  try {
    const response = await ky(request.path, {
      prefix: request.baseUrl,
      method: request.method,
      searchParams: request.searchParams,
      headers: request.headers,
      ...(request.json === undefined ? {} : { json: request.json }),
      signal,
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
    });
    const text = await response.text();
    return { kind: 'response', status: response.status, headers: response.headers, text };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (timeout.signal.aborted) return { kind: 'timeout' };
    // undici reports a connection cut while reading the body as a TypeError with a cause.
    const cut = error instanceof TypeError && error.cause !== undefined;
    if (isNetworkError(error) || cut) return { kind: 'network', cause: networkCause(error) };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
