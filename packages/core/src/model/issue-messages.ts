import type * as z from 'zod/mini';

/** zod's expected-type names as they read in a sentence. */
const ARTICLE_TYPES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  int: 'an integer',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

/** A short, quoted description of a value for messages: `"closed"`, `42`, `null`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function bound(issue: { minimum?: number | bigint; maximum?: number | bigint }): string {
  return String(issue.minimum ?? issue.maximum);
}

/**
 * Readable messages for zod's built-in issues. Passed as the per-parse error map, so messages
 * a schema defines itself (primitives.ts) still win.
 */
export const readableIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${ARTICLE_TYPES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(' | ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${bound(issue)} item(s)`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${bound(issue)}, got ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${bound(issue)} characters`;
      if (issue.origin === 'array') return `may have at most ${bound(issue)} item(s)`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${bound(issue)}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `expected ${issue.format} format, got ${describeValue(issue.input)}`;
    case 'invalid_union': {
      // Each branch has already been given its message: say what every branch expected.
      const branches = new Set(issue.errors.map((branch) => branch[0]?.message ?? 'invalid'));
      return [...branches].join(', or ');
    }
    default:
      return undefined;
  }
};

// Issues a schema raises for an absent value (an enum reports a missing field as a bad value).
const MISSING_CODES: ReadonlySet<string> = new Set([
  'invalid_type',
  'invalid_value',
  'invalid_union',
]);

/**
 * The message of a finalized issue (parsed with `reportInput`), prefixed with its field. A
 * missing field gets one message whatever the schema's own wording, which is written for
 * wrong values.
 */
export function issueMessage(issue: z.core.$ZodIssue, field: string): string {
  if (issue.input === undefined && field !== '' && MISSING_CODES.has(issue.code)) {
    return `missing required field "${field}"`;
  }
  return field === '' ? issue.message : `${field}: ${issue.message}`;
}
