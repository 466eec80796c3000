import { ENTITY_NAMES, type EntityName } from './dataset';
import { DatasetError } from './dataset-error';
import { describeValue } from './issue-messages';

/** The entity arrays of an input, still unvalidated, and notes about ignored keys. */
export interface DatasetArrays {
  readonly arrays: Readonly<Record<EntityName, readonly unknown[]>>;
  readonly warnings: string[];
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(ENTITY_NAMES);
const EXPECTED = `an object of entity arrays (${ENTITY_NAMES.join(', ')})`;

/**
 * Reads the top level of an input. A missing (or undefined) entity key means an empty array;
 * an entity key holding anything but an array, or an object with keys none of which is an
 * entity, is not a dataset.
 * @throws {DatasetError} when the input is not a dataset.
 */
export function readDatasetArrays(input: unknown): DatasetArrays {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DatasetError(
      'not_a_dataset',
      `not a dataset: expected ${EXPECTED}, got ${describeValue(input)}`,
    );
  }
  const record = input as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  const unknownKeys = keys.filter((key) => !KNOWN_KEYS.has(key));
  if (keys.length > 0 && unknownKeys.length === keys.length) {
    throw new DatasetError(
      'not_a_dataset',
      `not a dataset: expected ${EXPECTED}, got an object with only the keys ${unknownKeys.join(', ')}`,
    );
  }
  const arrays = {} as Record<EntityName, readonly unknown[]>;
  for (const entity of ENTITY_NAMES) {
    const value = Object.hasOwn(record, entity) ? record[entity] : undefined;
    if (value !== undefined && !Array.isArray(value)) {
      throw new DatasetError(
        'not_a_dataset',
        `not a dataset: "${entity}" must be an array, got ${describeValue(value)}`,
      );
    }
    arrays[entity] = value ?? [];
  }
  const warnings = unknownKeys.map((key) => `ignored unknown top-level key "${key}"`);
  return { arrays, warnings };
}
