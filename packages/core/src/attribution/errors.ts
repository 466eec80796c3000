/**
 * Thrown when `attribute` or `compareModels` is given an option it cannot use: an unknown
 * model or option name, a value outside the allowed set, a negative or NaN custom weight, or
 * a combination that has no meaning (an open-pipeline run without `asOf`). The message names
 * the option and, where the set is closed, lists what is allowed.
 */
export class AttributionOptionsError extends Error {
  override readonly name = 'AttributionOptionsError';
  /** Where the problem is, as a dotted path into the options (`"custom.anchors.1.weight"`). */
  readonly path: string;
  /** The allowed values or option names when the set is closed, otherwise an empty list. */
  readonly allowed: readonly string[];

  constructor(path: string, message: string, allowed: readonly string[] = []) {
    super(path === '' ? message : `${path}: ${message}`);
    this.path = path;
    this.allowed = allowed;
  }
}
