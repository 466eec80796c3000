import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AsOfOption, conflict, currencyOptions, PeriodOption } from './fields';
import { OptionsError } from './options-error';
import { keysAt, parseOptions } from './parse-options';

const Schema = z
  .strictObject({
    asOf: AsOfOption,
    period: z.optional(PeriodOption),
    by: z._default(z.nullable(z.enum(['channel', 'owner'])), null),
    velocity: z.optional(z.union([z.literal(false), z.strictObject({ lookbackDays: z.number() })])),
    ...currencyOptions,
  })
  .check((ctx) => {
    if (ctx.value.by === 'owner' && ctx.value.reportingCurrency !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.by,
        path: ['by'],
        message: 'no currency by owner',
        params: conflict,
      });
    }
  });

const errorOf = (input: unknown): OptionsError => {
  try {
    parseOptions('demo', Schema, input);
  } catch (error) {
    if (error instanceof OptionsError) return error;
  }
  throw new Error('expected an OptionsError');
};
const AS_OF = '2026-05-15T17:00:00Z';

describe('parseOptions', () => {
  it('says a missing option is missing, not malformed', () => {
    const error = errorOf({});
    expect([error.code, error.path]).toEqual(['missing_option', 'asOf']);
    expect(error.message).toBe(
      'demo: invalid options — asOf: missing: the instant the report is as of, ISO-8601 with an offset such as 2026-05-15T17:00:00Z',
    );
    expect(error).toBeInstanceOf(RangeError);
    // A malformed one is an invalid value.
    expect(errorOf({ asOf: '2026-05-15' }).code).toBe('invalid_value');
  });

  it('lists what is allowed for an unknown option, at any depth', () => {
    const top = errorOf({ asOf: AS_OF, colour: 'red' });
    expect([top.code, top.path]).toEqual(['unknown_option', '']);
    expect(top.allowed).toEqual([
      'asOf',
      'period',
      'by',
      'velocity',
      'reportingCurrency',
      'exchangeRates',
    ]);
    const nested = errorOf({
      asOf: AS_OF,
      period: { start: '2026-01-01', end: '2026-01-02', x: 1 },
    });
    expect([nested.path, nested.allowed]).toEqual(['period', ['start', 'end']]);
    // Through a union and a default: the object branch's keys.
    expect(keysAt(Schema, ['velocity'])).toEqual(['lookbackDays']);
  });

  it('names the allowed values of a closed set, and conflicts as conflicts', () => {
    const value = errorOf({ asOf: AS_OF, by: 'campaign' });
    expect([value.code, value.path, value.allowed]).toEqual([
      'invalid_value',
      'by',
      ['channel', 'owner'],
    ]);
    expect(value.message).toMatch(/by: unknown value "campaign"; allowed: channel, owner/);
    const period = errorOf({ asOf: AS_OF, period: { start: '2026-02-01', end: '2026-01-01' } });
    expect([period.code, period.path]).toEqual(['conflicting_options', 'period.end']);
    expect(period.message).toMatch(/end 2026-01-01 is before start 2026-02-01/);
    const custom = errorOf({ asOf: AS_OF, by: 'owner', reportingCurrency: 'USD' });
    expect([custom.code, custom.path]).toEqual(['conflicting_options', 'by']);
  });

  it('reports every issue, the first one as code and path', () => {
    const error = errorOf({ by: 'x', exchangeRates: { EUR: 'one' } });
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['asOf', 'missing_option'],
      ['by', 'invalid_value'],
      ['exchangeRates.EUR', 'invalid_value'],
    ]);
  });

  it('returns the parsed value with defaults', () => {
    expect(parseOptions('demo', Schema, { asOf: AS_OF })).toEqual({ asOf: AS_OF, by: null });
  });
});
