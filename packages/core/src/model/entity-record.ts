import type { Dataset, EntityName } from './dataset';

/** One parsed record of an entity, e.g. `EntityRecord<'deals'>` is a `Deal`. */
export type EntityRecord<E extends EntityName> = Dataset[E][number];
