import type * as z from 'zod';

/** One problem with an option: where it is and what is wrong. */
export interface OptionIssue {
  /** Dotted path into the options, e.g. `cohort.start`; empty for the options object itself. */
  path: string;
  /** What is wrong, in words a developer can act on. */
  message: string;
}

/**
 * Thrown by `stageEntries`, `funnel`, `goalProgress` and `backSolveGoal` for options they
 * cannot use: an unknown name, a value outside the allowed set, a malformed date or instant,
 * thresholds out of order. The message names the function, each option path and the problem.
 * It is a `RangeError`, so code that caught the earlier `RangeError` for a bad `asOf` still works.
 */
export class AnalyticsOptionsError extends RangeError {
  override readonly name = 'AnalyticsOptionsError';
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
}

/**
 * Validates options with a zod schema and returns the parsed value (defaults applied).
 * @throws {AnalyticsOptionsError} listing every issue zod found.
 */
export function parseOptions<T>(functionName: string, schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new AnalyticsOptionsError(
    functionName,
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
