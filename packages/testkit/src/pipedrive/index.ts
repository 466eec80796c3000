export type { PipedriveAuthOptions } from './pipedrive-auth';
export type { PipedriveBudgetSnapshot, PipedriveLimits } from './pipedrive-budget';
export { PipedriveFake, type PipedriveFakeOptions } from './pipedrive-fake';
export type { PipedriveQuirks } from './pipedrive-quirks';
export { pipedriveRepresentable } from './pipedrive-representable';
export type { PipedriveMutableEntity } from './pipedrive-store';
