import type * as z from 'zod';

/**
 * Thrown by `leadTimeline`, `handoff` and `evaluateSla` for options they cannot use: a missing
 * or malformed `asOf`, an unknown time zone, a non-positive threshold, an unknown key. The
 * message names the function and every problem with its path.
 */
export class InvalidOptionsError extends Error {
  override readonly name = 'InvalidOptionsError';
  /** The function that refused the options, e.g. `evaluateSla`. */
  readonly fn: string;
  /** Each problem as `path: message` (the path is dotted, e.g. `sales.firstTouch.withinBusinessHours`). */
  readonly problems: readonly string[];

  constructor(fn: string, problems: readonly string[]) {
    super(`${fn}: invalid options: ${problems.join('; ')}`);
    this.fn = fn;
    this.problems = problems;
  }
}

/**
 * Validates options with a zod schema.
 * @throws {InvalidOptionsError} listing every issue.
 */
export function parseOptions<T extends z.ZodType>(
  schema: T,
  input: unknown,
  fn: string,
): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidOptionsError(
    fn,
    parsed.error.issues.map((issue) =>
      issue.path.length > 0
        ? `${issue.path.map(String).join('.')}: ${issue.message}`
        : issue.message,
    ),
  );
}
