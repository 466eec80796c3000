import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant';

describe('parseInstant', () => {
  it.each([
    '2026-05-15T17:00:00Z',
    '2025-07-03T10:15:00+01:00',
    '2025-01-03T10:15:00-05:00',
    '2026-03-08T07:00:00.250Z',
    '2026-03-08T07:00:00.123456+05:30',
    '1969-12-31T23:59:59Z',
    '2000-02-29T12:00:00Z',
    '2026-05-15',
  ])('reads %s as Date.parse does', (text) => {
    expect(parseInstant(text)).toBe(Date.parse(text));
  });

  it('is NaN for text that is not an instant', () => {
    expect(parseInstant('not a date')).toBeNaN();
    expect(parseInstant('2026-05-15T17:xx:00Z')).toBeNaN();
  });

  it('agrees with Date.parse on any instant and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000, max: 4_000_000_000 }),
        fc.integer({ min: -14 * 4, max: 14 * 4 }),
        fc.integer({ min: 0, max: 999 }),
        (seconds, quarterHours, millis) => {
          const offset = quarterHours * 15;
          const local = new Date(seconds * 1000 + millis + offset * 60_000).toISOString();
          const abs = Math.abs(offset);
          const suffix =
            offset === 0
              ? 'Z'
              : `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const text = `${local.slice(0, 23)}${suffix}`;
          expect(parseInstant(text)).toBe(seconds * 1000 + millis);
        },
      ),
    );
  });
});
