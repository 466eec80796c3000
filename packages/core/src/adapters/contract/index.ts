export { advanceStream, type BeginPassOptions, beginPass } from './checkpoint';
export type { Clock } from './clock';
export {
  type CollectDatasetOptions,
  type CollectDatasetResult,
  type CollectDatasetStats,
  type CollectedRejection,
  collectDataset,
} from './collect-dataset';
export type {
  CrmAdapterV1,
  CrmCheckpoint,
  CrmRecord,
  CrmStreamCheckpoint,
  CrmSyncBatch,
  CrmSyncOptions,
  CrmSyncProgress,
  JsonValue,
} from './crm-adapter-v1';
export type { CrmAuth, RefreshedToken } from './crm-auth';
export { CrmError, type CrmErrorCause, type CrmErrorOptions, isCrmError } from './crm-error';
export {
  CrmAuthError,
  type CrmAuthErrorOptions,
  type CrmErrorDetails,
  CrmHttpError,
  type CrmHttpErrorOptions,
  CrmRateLimitError,
  type CrmRateLimitErrorOptions,
} from './crm-http-errors';
export {
  CrmNetworkError,
  type CrmNetworkErrorOptions,
  CrmResponseError,
  type CrmResponseErrorOptions,
  CrmTimeoutError,
  type CrmTimeoutErrorOptions,
} from './crm-transport-errors';
export { endpointPath, REDACTED, SecretRedactor } from './redaction';
export { type RequestCounters, runStreams, type StreamPart, type StreamPass } from './run-streams';
export {
  CRM_FINDING_MESSAGES,
  type CrmFinding,
  type CrmFindingCode,
  type CrmRejection,
  mergeFindings,
} from './sync-findings';
