/**
 * `@closedloop/core/transport`: the HTTP transport every CRM adapter runs on (auth with
 * OAuth refresh, timeouts, retries honouring `Retry-After`, rate limits, concurrency,
 * redaction), and what a new adapter's dialect plugs into. Vendor dialects live with their
 * adapters (`@closedloop/core/hubspot`, …).
 * @packageDocumentation
 */

export { type Clock, systemClock } from '../contract/clock';
export type { CrmAuth, RefreshedToken } from '../contract/crm-auth';
export {
  DEFAULT_RETRY_POLICY,
  fullJitterDelay,
  parseRetryAfter,
  type RetryPolicy,
} from './backoff';
export { ConcurrencyLimiter } from './concurrency-limiter';
export {
  type CrmDialect,
  type CrmErrorReading,
  type CrmFailedResponse,
  type CrmFailureKind,
  classifyStatus,
} from './crm-dialect';
export {
  type CrmRequest,
  type CrmResponse,
  CrmTransport,
  type CrmTransportOptions,
} from './crm-transport';
export {
  createHttpAdapter,
  type HttpAdapter,
  type HttpAdapterPass,
  type HttpAdapterSpec,
  pageSizeOption,
} from './http-adapter';
export { accountRateLimitScope, RateLimitScope } from './rate-limit-scope';
export type {
  RateLimitHeaderParser,
  RateLimitWindow,
  RateLimitWindowConfig,
} from './rate-limit-window';
export { type RateLimitDecision, RateLimiter, type RateLimiterOptions } from './rate-limiter';
export type { CrmTransportEvent, CrmTransportLogger, CrmTransportStats } from './transport-events';
