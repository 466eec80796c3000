/**
 * The ways a widget may print a number: in full (grouped, with or without cents), or compact
 * with two or three significant digits, as marks and headlines do. A DOM check accepts any of
 * them, so it holds whether a region shows a table or a chart with its "Show data" table.
 */
export function moneyForms(value: string | number, currency = 'USD'): string[] {
  const n = Number(value);
  const forms = new Set<string>();
  for (const digits of [0, 2]) {
    forms.add(
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(n),
    );
  }
  for (const significant of [2, 3]) {
    forms.add(
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumSignificantDigits: significant,
      }).format(n),
    );
  }
  return [...forms];
}

export function countForms(value: number): string[] {
  return [
    ...new Set([
      new Intl.NumberFormat('en-US').format(value),
      new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(
        value,
      ),
    ]),
  ];
}

export function percentForms(value: number): string[] {
  return [0, 1].map((digits) =>
    new Intl.NumberFormat('en-US', {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value),
  );
}

/** Whether the text shows one of the forms as a whole token (not inside a longer number). */
export function showsNumber(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
  });
}
