/** Why an input could not be read as a dataset at all. */
export type DatasetErrorCode = 'not_a_dataset';

/**
 * Thrown by `parseDataset` only when the input is not a dataset at all (null, a number, an
 * array, an entity key that is not an array, or none of the entity keys). Problems of single
 * records never throw: they come back as rejections.
 */
export class DatasetError extends Error {
  /** Machine-readable cause, stable across versions. */
  readonly code: DatasetErrorCode;

  constructor(code: DatasetErrorCode, message: string) {
    super(message);
    this.name = 'DatasetError';
    this.code = code;
  }
}
