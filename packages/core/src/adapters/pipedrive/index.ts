/**
 * `@closedloop/core/pipedrive`: the Pipedrive adapter, its dialect (error reading, rate-limit
 * headers) and its pure mapping functions. The transport it runs on is
 * `@closedloop/core/transport`; the contract is in `@closedloop/core`.
 * @packageDocumentation
 */
export {
  mapPipedriveOrganization,
  mapPipedrivePerson,
  mapPipedriveUser,
} from './map-pipedrive-contacts';
export {
  mapPipedriveChangelog,
  mapPipedriveDeal,
  mapPipedrivePipeline,
  pipedriveAttribution,
} from './map-pipedrive-deal';
export { mapPipedriveActivity, mapPipedriveLead } from './map-pipedrive-lead';
export {
  createPipedriveAdapter,
  type PipedriveAdapter,
  type PipedriveAdapterOptions,
  type PipedriveStreamName,
} from './pipedrive-adapter';
export type * from './pipedrive-api-types';
export { pipedriveDialect } from './pipedrive-dialect';
export {
  DEFAULT_PIPEDRIVE_CHANNELS,
  DEFAULT_PIPEDRIVE_PERSON_LABELS,
  type PipedriveMappingConfig,
  pipedriveMapping,
} from './pipedrive-mapping-config';
export type { FieldIndex, PipedriveMappingContext } from './pipedrive-mapping-context';
export { pipedriveRateLimitHeaders } from './pipedrive-rate-limit-headers';
