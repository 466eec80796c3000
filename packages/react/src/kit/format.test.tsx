import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatters, DAY, HOUR, MINUTE, SECOND } from './format';

/** Intl uses no-break spaces (U+00A0, U+202F) in some locales: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('createFormatters', () => {
  const us = createFormatters('en-US', 'USD');

  it('formats money compact with ≤3 significant digits and in full', () => {
    expect(us.moneyCompact('257391.00')).toBe('$257K');
    expect(us.moneyCompact(1_300_000)).toBe('$1.3M');
    expect(us.money('257391.49')).toBe('$257,391');
    expect(us.money('257391.49', 2)).toBe('$257,391.49');
  });

  it('prints the full integer where the locale has no abbreviation (de-DE thousands)', () => {
    const de = createFormatters('de-DE', 'EUR');
    expect(plain(de.moneyCompact(257391))).toBe('257.391 €');
    expect(plain(de.moneyCompact(1_300_000))).toBe('1,3 Mio. €');
  });

  it('uses the locale’s own compact units (ja-JP 万, hi-IN lakh/crore)', () => {
    expect(createFormatters('ja-JP', 'JPY').moneyCompact(12_300_000)).toBe('￥1230万');
    expect(plain(createFormatters('hi-IN', 'INR').moneyCompact(12_300_000))).toBe('₹1.23 क॰');
  });

  it('formats percent by size: 0 dp from 10%, 1 dp below, <1%, — for null', () => {
    expect(us.percent(0.34375)).toBe('34%');
    expect(us.percent(0.0625)).toBe('6.3%');
    expect(us.percent(0.004)).toBe('<1%');
    expect(us.percent(0)).toBe('0%');
    expect(us.percent(null)).toBe('—');
    expect(us.percentFull(0.34375)).toBe('34.4%');
    expect(plain(createFormatters('de-DE').percent(0.34375))).toBe('34 %');
  });

  it('signs changes except zero', () => {
    expect(us.change(0.12)).toBe('+12%');
    expect(us.change(-0.035)).toBe('-3.5%');
    expect(us.change(0)).toBe('0%');
    expect(us.signed(3.21)).toBe('+3.2');
  });

  it('groups counts and goes compact from 10,000', () => {
    expect(us.count(9876)).toBe('9,876');
    expect(us.count(12_345)).toBe('12.3K');
    expect(us.countFull(12_345)).toBe('12,345');
    expect(us.ratio(3.14)).toBe('3.1×');
  });

  it('formats durations in one unit, and in two for tables', () => {
    expect(us.duration(15 * MINUTE)).toBe('15 min');
    expect(us.duration(4 * HOUR)).toBe('4 hr');
    expect(us.duration(1.5 * HOUR)).toBe('1.5 hr');
    expect(us.duration(2 * DAY)).toBe('2 days');
    expect(us.duration(45 * SECOND)).toBe('45 sec');
    expect(us.durationFull(HOUR + 20 * MINUTE)).toBe('1 hr 20 min');
    expect(us.durationFull(2 * DAY + 4 * HOUR)).toBe('2 days 4 hr');
    expect(us.durationFull(2 * HOUR)).toBe('2 hr');
    // Rounds in the smaller unit: 1 h 59 min 40 s is 2 h, not "1 hr 60 min".
    expect(us.durationFull(HOUR + 59 * MINUTE + 40 * SECOND)).toBe('2 hr');
    expect(us.durationFull(null)).toBe('—');
    expect(plain(createFormatters('de-DE').durationFull(HOUR + 20 * MINUTE))).toBe(
      '1 Std. 20 Min.',
    );
  });

  it('two-unit durations add back up to the value, to the rounding of the small unit', () => {
    const parse = (text: string): number => {
      const units: Record<string, number> = {
        days: DAY,
        day: DAY,
        hr: HOUR,
        min: MINUTE,
        sec: SECOND,
      };
      let total = 0;
      for (const [, amount, unit] of text.matchAll(/(\d+) (days?|hr|min|sec)/g)) {
        total += Number(amount) * (units[unit as string] ?? Number.NaN);
      }
      return total;
    };
    fc.assert(
      fc.property(fc.integer({ min: SECOND, max: 400 * DAY }), (ms) => {
        const text = us.durationFull(ms);
        const small = ms >= DAY ? HOUR : ms >= HOUR ? MINUTE : ms >= MINUTE ? SECOND : SECOND;
        expect(Math.abs(parse(text) - ms)).toBeLessThanOrEqual(small / 2);
      }),
    );
  });

  it('formats dates in a time zone', () => {
    expect(us.date('2026-02-15T03:00:00Z', 'UTC')).toBe('Feb 15');
    expect(us.date('2026-02-15T03:00:00Z', 'America/Los_Angeles')).toBe('Feb 14');
  });

  it('builds one set of formatters per locale and currency, formatting as before', () => {
    const a = createFormatters('de-DE', 'EUR');
    expect(createFormatters('de-DE', 'EUR')).toBe(a);
    expect(createFormatters('de-DE', 'USD')).not.toBe(a);
    expect(createFormatters('de-DE')).not.toBe(a);
    expect(a.money('1234.5', 2).replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(a.money(1234.5).replace(/\s/g, ' ')).toBe('1.235 €');
    expect(createFormatters('en-US').money(1234.567)).toBe('1,234.57');
  });
});
