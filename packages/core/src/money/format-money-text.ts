// One formatter per currency, built on first use (never at import).
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string | null, fractionDigits: number): Intl.NumberFormat {
  const key = `${currency ?? ''}:${fractionDigits}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', {
      ...(currency === null
        ? { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }
        : { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }),
      signDisplay: 'exceptZero',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An exact decimal amount as the core writes it in a sentence (explanations, findings):
 * English grouping and the currency's symbol, `$1,084,408.62`, `€7,000.00`; with no currency,
 * grouping only (`86,300.00`). Exact: the decimal string is formatted as is, never through a
 * float. `signed` puts `+` or `−` before a non-zero amount (`−$7,000.00`). Result fields stay
 * plain decimal strings for widgets to format in the reader's locale.
 */
export function formatMoneyText(
  amount: string,
  currency: string | null,
  options: { signed?: boolean } = {},
): string {
  const digits = amount.split('.')[1]?.length ?? 0;
  // Intl formats an exact decimal string (ES2023 `Intl.NumberFormat` v3) as written.
  const text = formatterFor(currency, digits).format(amount as unknown as number);
  const signed = options.signed ? text : text.replace(/^\+/, '');
  return signed.replace(/^-/, '−');
}
