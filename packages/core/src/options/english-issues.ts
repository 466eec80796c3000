import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

let english: z.core.$ZodErrorMap | undefined;

/**
 * zod's English message for an issue no schema worded itself. `zod/mini` registers no locale
 * (the classic `zod` entry did, for the whole app), so every parse in the core passes this
 * map: messages read the same as before, whatever locale the host app configures.
 */
export const englishIssue: z.core.$ZodErrorMap = (issue) => {
  english ??= en().localeError;
  return english(issue);
};
