/**
 * What kind of problem an option has:
 * - `missing_option`: a required option was not given (`asOf`, `model`, `period`);
 * - `unknown_option`: a name the function does not take (a typo, an option of another analysis);
 * - `invalid_value`: a value of the wrong type or format, or outside the allowed set;
 * - `conflicting_options`: values that are fine alone but not together (a period that ends
 *   before it starts, `open-pipeline` without `asOf`).
 */
export type OptionsErrorCode =
  | 'missing_option'
  | 'unknown_option'
  | 'invalid_value'
  | 'conflicting_options';

/** One problem with an option: where it is, what kind, and what is wrong. */
export interface OptionIssue {
  /** Dotted path into the options, e.g. `period.start`; empty for the options object itself. */
  path: string;
  /** The kind of problem. */
  code: OptionsErrorCode;
  /** What is wrong, in words a developer can act on. */
  message: string;
  /** The allowed values or option names when the set is closed, otherwise empty. */
  allowed?: readonly string[];
}

/**
 * Thrown by every analysis (`attribute`, `compareModels`, `attributePaths`, `funnel`,
 * `goalProgress`, `backSolveGoal`, `handoff`, `evaluateSla`, `stageEntries`, `indexDataset`)
 * for options it cannot use. The message names the function, each option path and the problem;
 * `code` and `path` are those of the first issue, `issues` lists them all. It is a
 * `RangeError`, so code that catches `RangeError` for a bad `asOf` still works.
 *
 * ```ts
 * try { funnel(dataset, { method: 'cohort', period }); }
 * catch (error) {
 *   if (error instanceof OptionsError && error.code === 'missing_option') error.path; // "asOf"
 * }
 * ```
 */
export class OptionsError extends RangeError {
  override readonly name = 'OptionsError';
  /** The function that was called, e.g. `funnel`. */
  readonly functionName: string;
  /** Every problem found, in option order. */
  readonly issues: readonly OptionIssue[];

  constructor(functionName: string, issues: readonly OptionIssue[]) {
    const lines = issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`));
    super(`${functionName}: invalid options — ${lines.join('; ')}`);
    this.functionName = functionName;
    this.issues = issues;
  }

  /** The kind of the first problem. */
  get code(): OptionsErrorCode {
    return this.issues[0]?.code ?? 'invalid_value';
  }

  /** Where the first problem is, as a dotted path (`"custom.anchors.1.weight"`). */
  get path(): string {
    return this.issues[0]?.path ?? '';
  }

  /** The allowed values or names for the first problem when the set is closed, else empty. */
  get allowed(): readonly string[] {
    return this.issues[0]?.allowed ?? [];
  }
}

/** Throws an {@link OptionsError} with one issue. */
export function optionsError(
  functionName: string,
  path: string,
  code: OptionsErrorCode,
  message: string,
  allowed?: readonly string[],
): OptionsError {
  return new OptionsError(functionName, [
    allowed === undefined ? { path, code, message } : { path, code, message, allowed },
  ]);
}
