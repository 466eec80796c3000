import { SAMPLE_EXCHANGE_RATES } from './constants';

/** Integer cents as a decimal string with two digits: 123456 → "1234.56". */
export function formatCents(cents: number): string {
  const c = Math.max(0, Math.round(cents));
  const whole = Math.floor(c / 100);
  const frac = c - whole * 100;
  return `${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

/** USD cents expressed in `currency` cents with the sample's own rate. */
export function usdCentsTo(currency: string, usdCents: number): number {
  const rate = Number(SAMPLE_EXCHANGE_RATES[currency] ?? '1');
  return Math.round(usdCents / rate);
}

/** `currency` cents in USD cents with the sample's own rate (for goal targets). */
export function toUsdCents(currency: string, cents: number): number {
  const rate = Number(SAMPLE_EXCHANGE_RATES[currency] ?? '1');
  return Math.round(cents * rate);
}

/** Parses a generated two-digit decimal string back to integer cents. */
export function parseCents(amount: string): number {
  const [whole = '0', frac = '0'] = amount.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
}
