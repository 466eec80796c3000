import type { IncomingHttpHeaders } from 'node:http';

/** A request as a fake CRM handler sees it. */
export interface FakeRequest {
  readonly method: string;
  /** The path without query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON (or form fields); undefined when empty or unreadable. */
  readonly body: unknown;
}

/** What a handler answers. */
export interface FakeResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-encoded unless a string (sent as is, e.g. an HTML error page). */
  readonly body?: unknown;
}

/** The CRM-specific answers that generic faults need. */
export interface FaultPresets {
  /** The CRM's 429 for a burst limit. */
  rateLimited(): FakeResponse;
  /** The CRM's 5xx (JSON), or an HTML page as a proxy would send. */
  serverError(status: number, html: boolean): FakeResponse;
  /** The CRM's 401 for an expired token. */
  expiredToken(): FakeResponse;
}

/** One entry of a fake server's request log. */
export interface LoggedRequest {
  /** Fake-clock time of arrival, epoch ms. */
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  /** Status sent, or 0 when the connection was reset. */
  readonly status: number;
  /** The fault applied, if any. */
  readonly fault: string | null;
}
