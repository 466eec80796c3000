import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseIsoDate } from './calendar-date';
import { timeZoneOffset, zonedDate, zonedDayEnd, zonedMidnight } from './zoned-midnight';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('zonedMidnight', () => {
  it('is plain midnight in UTC', () => {
    expect(iso(zonedMidnight('2026-01-01', 'UTC'))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('handles America/New_York across the spring-forward day (2026-03-08, 23 hours)', () => {
    // EST is UTC−5 until 02:00 local on 8 March, then EDT UTC−4.
    expect(iso(zonedMidnight('2026-03-08', 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(zonedMidnight('2026-03-09', 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z');
    expect(
      zonedDayEnd('2026-03-08', 'America/New_York') -
        zonedMidnight('2026-03-08', 'America/New_York'),
    ).toBe(23 * HOUR);
  });

  it('handles America/New_York across the fall-back day (2026-11-01, 25 hours)', () => {
    expect(iso(zonedMidnight('2026-11-01', 'America/New_York'))).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(zonedMidnight('2026-11-02', 'America/New_York'))).toBe('2026-11-02T05:00:00.000Z');
  });

  it('handles Europe/Berlin on both change days of 2026', () => {
    // CET (UTC+1) → CEST (UTC+2) at 02:00 on 29 March; back at 03:00 on 25 October.
    expect(iso(zonedMidnight('2026-03-29', 'Europe/Berlin'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(zonedMidnight('2026-03-30', 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(zonedMidnight('2026-10-25', 'Europe/Berlin'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(zonedMidnight('2026-10-26', 'Europe/Berlin'))).toBe('2026-10-25T23:00:00.000Z');
  });

  it('handles half-hour and far-east offsets', () => {
    expect(iso(zonedMidnight('2026-01-01', 'Asia/Kolkata'))).toBe('2025-12-31T18:30:00.000Z');
    expect(iso(zonedMidnight('2026-01-01', 'Pacific/Kiritimati'))).toBe('2025-12-31T10:00:00.000Z');
  });

  it('starts the day at the transition when midnight is skipped (America/Santiago 2026-09-06)', () => {
    // Chile springs forward at 00:00 (UTC−4 → UTC−3): local 00:00–00:59 never happens; the
    // day begins at 04:00Z, which reads 01:00 locally.
    expect(iso(zonedMidnight('2026-09-06', 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
  });

  it('takes the earlier midnight when midnight happens twice (America/Havana 2026-11-01)', () => {
    // Cuba falls back at 01:00 CDT (UTC−4) to 00:00 CST (UTC−5): 00:00 occurs at 04:00Z and 05:00Z.
    expect(iso(zonedMidnight('2026-11-01', 'America/Havana'))).toBe('2026-11-01T04:00:00.000Z');
  });

  it('rejects malformed dates and unknown zones', () => {
    expect(() => zonedMidnight('2026-02-30', 'UTC')).toThrow(RangeError);
    expect(() => zonedMidnight('2026-1-01', 'UTC')).toThrow(RangeError);
    expect(() => zonedMidnight('2026-01-01', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('is always the first instant of the date (property, several zones)', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'America/Santiago',
      'America/Havana',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 130 }),
        fc.constantFrom(...zones),
        (dayNumber, zone) => {
          const date = addDays('1970-01-01', dayNumber);
          const start = zonedMidnight(date, zone);
          expect(zonedDate(start, zone)).toBe(date);
          expect(zonedDate(start - 1, zone)).toBe(addDays(date, -1));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('timeZoneOffset', () => {
  it('is east-positive', () => {
    expect(timeZoneOffset(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(HOUR);
    expect(timeZoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
  });
});

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-31')).toBe(89);
    expect(daysBetween('2026-03-31', '2026-03-31')).toBe(0);
  });

  it('parses only real dates', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseIsoDate('2026-02-29')).toThrow(RangeError);
  });
});
