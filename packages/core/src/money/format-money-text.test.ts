import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoneyText } from './format-money-text';

describe('formatMoneyText', () => {
  it('groups thousands and shows the currency symbol, exactly', () => {
    expect(formatMoneyText('-1084408.62', 'USD')).toBe('−$1,084,408.62');
    expect(formatMoneyText('7000.00', 'EUR', { signed: true })).toBe('+€7,000.00');
    expect(formatMoneyText('0.00', 'GBP', { signed: true })).toBe('£0.00');
    expect(formatMoneyText('1234', 'JPY')).toBe('¥1,234');
    expect(formatMoneyText('86300.00', null)).toBe('86,300.00');
    // Beyond 2^53: no float on the way.
    expect(formatMoneyText('123456789012345678.91', 'USD')).toBe('$123,456,789,012,345,678.91');
  });

  it('keeps every digit of any amount (digits only, grouping removed)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const amount = `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        const text = formatMoneyText(amount, 'USD');
        expect(text.replace(/[^\d.]/g, '')).toBe(amount.replace('-', ''));
        expect(text.startsWith('−')).toBe(cents < 0n);
      }),
    );
  });
});
