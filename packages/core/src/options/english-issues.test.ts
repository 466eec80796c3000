import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { englishIssue } from './english-issues';

const zodEnglish = en().localeError;
type RawIssue = Parameters<typeof englishIssue>[0];
const issue = (fields: Record<string, unknown>) => ({ path: [], ...fields }) as unknown as RawIssue;

class Invoice {}
const INPUTS = [
  'text',
  42,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n,
  true,
  null,
  undefined,
  [1],
  {},
  Object.create(null),
  new Date(0),
  new Invoice(),
  () => 1,
  Symbol('s'),
];

// Every kind of issue the core's schemas raise, each in the shapes zod gives it.
const ISSUES: RawIssue[] = [
  ...['string', 'number', 'boolean', 'object', 'array', 'int', 'nan'].flatMap((expected) =>
    INPUTS.map((input) => issue({ code: 'invalid_type', expected, input })),
  ),
  issue({ code: 'invalid_value', values: ['cohort'], input: 'x' }),
  issue({ code: 'invalid_value', values: ['cohort', 'period', 3, 4n, false, null], input: 'x' }),
  ...['number', 'string', 'array', 'set', 'file', 'map', 'date', 'bigint', undefined].flatMap(
    (origin) =>
      [{ inclusive: true }, { inclusive: false }, { inclusive: true, exact: true }].flatMap(
        (bound) => [
          issue({ code: 'too_small', origin, minimum: 1, ...bound }),
          issue({ code: 'too_big', origin, maximum: 20n, ...bound }),
        ],
      ),
  ),
  issue({ code: 'invalid_format', format: 'regex', pattern: '/^\\d+$/' }),
  issue({ code: 'invalid_format', format: 'datetime' }),
  issue({ code: 'invalid_format', format: 'date' }),
  issue({ code: 'not_multiple_of', divisor: 5 }),
  issue({ code: 'unrecognized_keys', keys: ['colour'] }),
  issue({ code: 'unrecognized_keys', keys: ['colour', 'size'] }),
  issue({ code: 'invalid_key', origin: 'record' }),
  issue({ code: 'invalid_element', origin: 'map' }),
  issue({ code: 'invalid_union', errors: [] }),
  issue({ code: 'invalid_union', errors: [], inclusive: false }),
  issue({ code: 'invalid_union', errors: [], options: ['mqls', 'sals'] }),
  issue({ code: 'custom' }),
];

describe('englishIssue', () => {
  it("words every issue the core's schemas raise as zod's English locale does", () => {
    for (const raw of ISSUES)
      expect(
        englishIssue(raw),
        JSON.stringify(raw, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)),
      ).toBe(zodEnglish(raw));
  });

  it("gives zod's words to what real schemas report", () => {
    const Schema = z.strictObject({
      n: z.number().check(z.int(), z.gte(1), z.lte(7)),
      s: z.string().check(z.minLength(2)),
      e: z.enum(['a', 'b']),
      l: z.array(z.string()).check(z.minLength(1)),
      r: z.record(z.enum(['x']), z.string()),
      u: z.union([z.literal(false), z.strictObject({ d: z.number() })]),
      t: z.string().check(z.regex(/^\d+$/)),
    });
    const inputs = [
      { n: 1.5, s: 'x', e: 'c', l: [], r: { y: 1 }, u: { d: 'x' }, t: 'a', extra: 1 },
      { n: '3', s: 4, e: 1, l: {}, r: [], u: 1, t: 5 },
      { n: 0 },
      { n: 8 },
    ];
    for (const input of inputs) {
      const ours = Schema.safeParse(input, { error: englishIssue, reportInput: true });
      const theirs = Schema.safeParse(input, { error: zodEnglish, reportInput: true });
      expect(ours.error?.issues).toEqual(theirs.error?.issues);
      expect(ours.error?.issues.length).toBeGreaterThan(0);
    }
  });
});
