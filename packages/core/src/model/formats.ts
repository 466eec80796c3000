import * as z from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';
import { isKnownCurrency } from '../money/currencies';

// The string formats options share with records; kept apart from the record schemas
// (primitives.ts) so an analysis validating its options does not bundle those. The ISO
// formats are built as `z.iso.datetime` builds them, without reading the `z.iso` namespace:
// bundlers then keep the whole namespace (ISO time and duration included). `@__PURE__` marks
// schemas built with a method call, which a bundler would otherwise keep even when unused.

/**
 * An instant as ISO-8601 text with an explicit offset (`Z` or `±hh:mm`), e.g.
 * `2026-03-07T10:15:00Z`. Offset-less local times are rejected: without an offset the
 * same text means different instants in different offices.
 */
export const IsoDateTime = _isoDateTime(z.ZodMiniISODateTime, {
  offset: true,
  error: (issue: { readonly input?: unknown }) =>
    typeof issue.input === 'string'
      ? `timestamp must be ISO-8601 with an offset (Z or ±hh:mm), got "${issue.input}"`
      : 'timestamp must be an ISO-8601 string with an offset',
});
/** An ISO-8601 timestamp string with an offset, such as `2026-03-07T10:15:00Z`. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar date `YYYY-MM-DD` (CRM close dates, campaign dates, goal periods). */
export const IsoDate = _isoDate(z.ZodMiniISODate, {
  error: (issue: { readonly input?: unknown }) =>
    typeof issue.input === 'string'
      ? `date must be YYYY-MM-DD, got "${issue.input}"`
      : 'date must be a YYYY-MM-DD string',
});
/** A calendar date string `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A non-negative decimal amount as a string, so no float ever touches money. */
export const DecimalAmount = /* @__PURE__ */ z
  .string({ error: 'amount must be a decimal string such as "1250.00"' })
  .check((ctx) => {
    if (!DECIMAL.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `amount must be a decimal string such as "1250.00", got "${ctx.value}"`,
      });
    } else if (ctx.value.startsWith('-') && !/^-0+(\.0+)?$/.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `amount must not be negative, got ${ctx.value}`,
      });
    }
  });

/** An ISO-4217 currency code known to this library (see `currencyMinorUnits`). */
export const CurrencyCode = /* @__PURE__ */ z
  .string({ error: 'currency must be an ISO-4217 code' })
  .check((ctx) => {
    if (!isKnownCurrency(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `unknown currency "${ctx.value}" (expected an ISO-4217 code such as USD, EUR, GBP)`,
      });
    }
  });
