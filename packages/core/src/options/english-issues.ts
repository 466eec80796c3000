import type * as z from 'zod/mini';

/** zod's unit of a size check, by what was measured. */
const UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};
/** zod's names of the string formats the core's schemas check. */
const FORMATS: Readonly<Record<string, string>> = {
  regex: 'input',
  datetime: 'ISO datetime',
  date: 'ISO date',
};

/** zod's name of a value's type (`util.parsedType`): `null`, `array`, `nan`, a class name. */
function typeOf(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) return 'array';
    if (Object.getPrototypeOf(value) !== Object.prototype && value.constructor) {
      return value.constructor.name;
    }
    return 'object';
  }
  return value === null ? 'null' : typeof value;
}

function typeName(type: string, value?: unknown): string {
  if (type === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  return type === 'nan' ? 'NaN' : type;
}

const show = (value: unknown): string =>
  typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${value}`;

/**
 * zod's English message for an issue no schema worded itself, as zod 4's `en` locale words
 * it (english-issues.test.ts holds the two together). `zod/mini` registers no locale (classic
 * `zod` did, for the whole app), so every parse in the core passes this map: messages read as
 * before, whatever locale the host app configures. A copy rather than the locale itself, whose
 * table of string formats the core never checks is most of its size.
 */
export const englishIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(typeOf(issue.input), issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${show(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_big': {
      const bound = `${issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<'}${issue.maximum}`;
      const unit = UNITS[issue.origin ?? ''];
      return unit
        ? `Too big: expected ${issue.origin ?? 'value'} to have ${bound} ${unit}`
        : `Too big: expected ${issue.origin ?? 'value'} to be ${bound}`;
    }
    case 'too_small': {
      const bound = `${issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>'}${issue.minimum}`;
      const unit = UNITS[issue.origin ?? ''];
      return unit
        ? `Too small: expected ${issue.origin} to have ${bound} ${unit}`
        : `Too small: expected ${issue.origin} to be ${bound}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `Invalid string: must match pattern ${(issue as { pattern?: string }).pattern}`
        : `Invalid ${FORMATS[issue.format] ?? issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(show).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options && options.length > 0) {
        return `Invalid discriminator value. Expected ${options.map((o) => `'${o}'`).join(' | ')}`;
      }
      return (issue as { inclusive?: boolean }).inclusive === false
        ? 'Invalid input: more than one option matched'
        : 'Invalid input';
    }
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
};
