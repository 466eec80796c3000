export {
  DEFAULT_RETRY_POLICY,
  fullJitterDelay,
  parseRetryAfter,
  type RetryPolicy,
} from './backoff';
export { type Clock, systemClock } from './clock';
export { ConcurrencyLimiter } from './concurrency-limiter';
export type { CrmAuth, RefreshedToken } from './crm-auth';
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
export { hubspotRateLimitHeaders } from './hubspot-rate-limit-headers';
export { pipedriveRateLimitHeaders } from './pipedrive-rate-limit-headers';
export { accountRateLimitScope, RateLimitScope } from './rate-limit-scope';
export type {
  RateLimitHeaderParser,
  RateLimitWindow,
  RateLimitWindowConfig,
} from './rate-limit-window';
export { type RateLimitDecision, RateLimiter, type RateLimiterOptions } from './rate-limiter';
export { readSalesforceError } from './salesforce-error-reading';
export { salesforceRateLimitHeaders } from './salesforce-rate-limit-headers';
export type { CrmTransportEvent, CrmTransportLogger, CrmTransportStats } from './transport-events';
