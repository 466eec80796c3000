const SAFE = /^(https?:|mailto:|tel:)/i;
// Control characters and whitespace are stripped before the check, as browsers do when
// they parse a URL ("java\tscript:" is still javascript:).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * A link target from data, or undefined when it is not plainly safe: only http(s), mailto,
 * tel and relative URLs pass; `javascript:`, `data:`, `vbscript:` and the like never render.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const squashed = url.replace(IGNORED, '');
  if (SAFE.test(squashed)) return url.trim();
  // Relative: no scheme before the first "/", "?" or "#".
  return /^[^/?#]*:/.test(squashed) ? undefined : url.trim();
}
