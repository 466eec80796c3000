import * as z from 'zod/mini';
import { englishIssue } from './english-issues';
import { type OptionIssue, OptionsError } from './options-error';

/** What a missing option is, said once for every analysis that needs it. */
const MISSING: Readonly<Record<string, string>> = {
  asOf: 'the instant the report is as of, ISO-8601 with an offset such as 2026-05-15T17:00:00Z',
  period: 'the calendar dates to report on, { start, end } as YYYY-MM-DD, both included',
  method: "how records are counted: 'cohort' or 'period'",
  model: 'the model to run',
};

// The zod def of a schema, through the wrappers that do not change its shape.
type Schema = z.core.$ZodType;
type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
};
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (next === undefined) return current;
    current = next;
  }
}

/** The option names an object at `path` of the schema takes (for "allowed: …"). */
export function keysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let candidates = [unwrap(schema)];
  for (const key of path) {
    const next: Schema[] = [];
    for (const candidate of candidates) {
      const def = defOf(candidate);
      if (def.type === 'array' && def.element && typeof key === 'number') next.push(def.element);
      if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) {
        next.push(def.shape[key]);
      }
    }
    candidates = next.flatMap((s) => {
      const u = unwrap(s);
      const def = defOf(u);
      return def.type === 'union' && def.options ? def.options.map(unwrap) : [u];
    });
  }
  return [...new Set(candidates.flatMap((c) => Object.keys(defOf(c).shape ?? {})))];
}

/** Turns zod's issues into option issues with a code (and what is allowed, when known). */
export function optionIssues(
  schema: Schema,
  error: { readonly issues: readonly z.core.$ZodIssue[] },
): OptionIssue[] {
  return error.issues.map((issue): OptionIssue => {
    const path = issue.path.map(String).join('.');
    const last = String(issue.path.at(-1) ?? '');
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, issue.path);
      const names = issue.keys.map((key) => `"${key}"`).join(', ');
      return {
        path,
        code: 'unknown_option',
        message: `unknown option ${names}; allowed: ${allowed.join(', ')}`,
        allowed,
      };
    }
    const missing =
      issue.input === undefined &&
      (issue.code === 'invalid_type' ||
        issue.code === 'invalid_value' ||
        issue.code === 'invalid_union');
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const what = missing
        ? `missing: ${MISSING[last] ?? 'required'}`
        : `unknown ${last === 'model' ? 'model' : 'value'} ${JSON.stringify(issue.input)}`;
      return {
        path,
        code: missing ? 'missing_option' : 'invalid_value',
        message: `${what}; allowed: ${allowed.join(', ')}`,
        allowed,
      };
    }
    if (missing) {
      return { path, code: 'missing_option', message: `missing: ${MISSING[last] ?? 'required'}` };
    }
    // Checks across options mark themselves (see `conflict`).
    const code =
      issue.code === 'custom' && issue.params?.conflict === true
        ? 'conflicting_options'
        : 'invalid_value';
    return { path, code, message: issue.message };
  });
}

/** How every option schema is parsed: zod's English messages, the input kept on issues. */
export const OPTION_PARSE = { error: englishIssue, reportInput: true } as const;

/**
 * Validates options with a zod schema and returns the parsed value (defaults applied).
 * @throws {OptionsError} listing every issue zod found.
 */
export function parseOptions<S extends z.core.$ZodType>(
  functionName: string,
  schema: S,
  input: unknown,
): z.output<S> {
  const parsed = z.safeParse(schema, input ?? {}, OPTION_PARSE);
  if (parsed.success) return parsed.data;
  throw new OptionsError(functionName, optionIssues(schema, parsed.error));
}
