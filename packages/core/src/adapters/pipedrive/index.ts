/**
 * `@closedloop/core/pipedrive`: the Pipedrive adapter, its pure mapping functions, and the
 * shared CRM transport it runs on.
 * @packageDocumentation
 */
export * from '../transport/index';
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
