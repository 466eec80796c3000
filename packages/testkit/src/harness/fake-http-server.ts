import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeClock } from './fake-clock';
import type { FakeRequest, FakeResponse, FaultPresets, LoggedRequest } from './fake-http-types';
import { type FaultAction, FaultInjector, type FaultRule } from './fault-rules';

/** Options of a `FakeHttpServer`. */
export interface FakeHttpServerOptions {
  readonly clock: FakeClock;
  /** Answers a CRM request (auth, rate limits, routes). */
  readonly handle: (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;
  readonly presets: FaultPresets;
  /** CRM-specific admin routes under `/__fake__/` (`mutate`, `budget`); null when unknown. */
  readonly admin?: (request: FakeRequest) => FakeResponse | null;
}

function readBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function encode(response: FakeResponse): { text: string; contentType: string } {
  if (typeof response.body === 'string')
    return { text: response.body, contentType: 'text/html; charset=utf-8' };
  return {
    text: response.body === undefined ? '' : JSON.stringify(response.body),
    contentType: 'application/json;charset=utf-8',
  };
}

/**
 * The shared base of the fake CRMs (guide §9.1): a Node `http` server on 127.0.0.1 with a
 * random port, a controllable clock, a request log, fault injection, and an admin API under
 * `/__fake__/` (`clock`, `requests`, `faults`, plus the CRM's own `mutate` and `budget`).
 */
export class FakeHttpServer {
  readonly clock: FakeClock;
  readonly faults = new FaultInjector();
  readonly requests: LoggedRequest[] = [];
  readonly #options: FakeHttpServerOptions;
  readonly #server: Server;
  #url = '';

  private constructor(options: FakeHttpServerOptions) {
    this.#options = options;
    this.clock = options.clock;
    this.#server = createServer((req, res) => {
      this.#receive(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake server bug: ${String(error)}`);
      });
    });
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  static async start(options: FakeHttpServerOptions): Promise<FakeHttpServer> {
    const server = new FakeHttpServer(options);
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    const { port } = server.#server.address() as AddressInfo;
    server.#url = `http://127.0.0.1:${port}`;
    return server;
  }

  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  get url(): string {
    return this.#url;
  }

  /** Stops the server and drops open connections. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.closeAllConnections();
      this.#server.close(() => resolve());
    });
  }

  async #receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: FakeRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: readBody(raw, req.headers['content-type']),
    };
    if (request.path.startsWith('/__fake__/')) {
      this.#write(res, this.#admin(request));
      return;
    }
    const fault = this.faults.take(request.method, request.path);
    const log = (status: number) =>
      this.requests.push({
        at: this.clock.now(),
        method: request.method,
        path: request.path,
        query: Object.fromEntries(request.query),
        headers: request.headers,
        body: request.body,
        status,
        fault: fault?.kind ?? null,
      });
    if (fault?.kind === 'reset') {
      log(0);
      req.socket.destroy();
      return;
    }
    const response = this.#faultResponse(fault) ?? (await this.#options.handle(request));
    log(response.status);
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.kind === 'malformed-json') {
      const { text } = encode(response);
      this.#write(
        res,
        { ...response, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))) },
        'application/json',
      );
    } else this.#write(res, response);
    if (fault?.kind === 'mutate') fault.apply();
  }

  #faultResponse(fault: FaultAction | null): FakeResponse | null {
    const { presets } = this.#options;
    switch (fault?.kind) {
      case 'rate-limit': {
        const response = presets.rateLimited();
        if (fault.retryAfterSeconds === undefined) return response;
        return {
          ...response,
          headers: { ...response.headers, 'retry-after': String(fault.retryAfterSeconds) },
        };
      }
      case 'server-error':
        return presets.serverError(fault.status ?? 500, fault.html ?? false);
      case 'expired-token':
        return presets.expiredToken();
      case 'respond':
        return { status: fault.status, headers: fault.headers ?? {}, body: fault.body };
      default:
        return null;
    }
  }

  #admin(request: FakeRequest): FakeResponse {
    const { method, path, body } = request;
    if (method === 'POST' && path === '/__fake__/clock') {
      this.clock.advance(Number((body as { advanceMs?: unknown } | undefined)?.advanceMs ?? 0));
      return { status: 200, body: { now: this.clock.iso() } };
    }
    if (method === 'GET' && path === '/__fake__/requests')
      return { status: 200, body: this.requests };
    if (method === 'POST' && path === '/__fake__/faults') {
      this.faults.add(body as FaultRule);
      return { status: 204 };
    }
    if (method === 'DELETE' && path === '/__fake__/faults') {
      this.faults.clear();
      return { status: 204 };
    }
    return (
      this.#options.admin?.(request) ?? {
        status: 404,
        body: { error: `unknown admin route ${method} ${path}` },
      }
    );
  }

  #write(res: ServerResponse, response: FakeResponse, contentType?: string): void {
    if (res.destroyed) return;
    const encoded = encode(response);
    res.writeHead(response.status, {
      'content-type': contentType ?? encoded.contentType,
      ...response.headers,
    });
    res.end(encoded.text);
  }
}
