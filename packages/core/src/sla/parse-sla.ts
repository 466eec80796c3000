import type * as z from 'zod/mini';
import { englishIssue } from '../options/english-issues';
import { OptionsError } from '../options/options-error';
import { optionIssues } from '../options/parse-options';
import { type ResolvedSla, Sla } from './schema';

/** The issues of the branch of `marketing` the input meant: a list or one commitment. */
function branchIssues(issue: z.core.$ZodIssue, input: unknown): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.path.join('.') !== 'marketing') return [issue];
  const marketing = (input as { marketing?: unknown } | null)?.marketing;
  const branch = issue.errors[Array.isArray(marketing) ? 1 : 0] ?? [];
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Validates an SLA (defaults applied). A bad commitment is reported at its own path
 * (`marketing.per`, `marketing.1.segment`) rather than as "one commitment or a list".
 * @throws {OptionsError} listing every issue.
 */
export function parseSla(input: unknown): ResolvedSla {
  const parsed = Sla.safeParse(input ?? {}, { error: englishIssue });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.flatMap((issue) => branchIssues(issue, input));
  throw new OptionsError(
    'evaluateSla',
    optionIssues(Sla, { issues }).map((issue) => ({
      ...issue,
      path: issue.path === '' ? 'sla' : `sla.${issue.path}`,
    })),
  );
}
