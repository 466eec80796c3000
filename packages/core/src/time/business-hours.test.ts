import { describe, expect, it } from 'vitest';
import { businessCalendar, InvalidBusinessHoursError } from './business-hours';
import {
  addBusinessHours,
  addBusinessMillis,
  businessDaysBetween,
  businessMillisBetween,
  isBusinessDay,
} from './business-hours-math';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

// New York, Mon–Fri 09:00–17:00, with US holidays of 2026 (observed Independence Day on a
// Friday, Memorial Day, Juneteenth). EST is UTC−5; EDT (from Sun 8 March 2026) UTC−4.
const newYork = businessCalendar({
  timeZone: 'America/New_York',
  holidays: ['2026-05-25', '2026-06-19', '2026-07-03'],
});

describe('businessMillisBetween', () => {
  it('counts the working part of one day', () => {
    // Mon 2 March 10:00 EST → 12:30 EST.
    expect(
      businessMillisBetween(newYork, at('2026-03-02T15:00:00Z'), at('2026-03-02T17:30:00Z')),
    ).toBe(2.5 * HOUR);
  });

  it('skips the weekend and the spring-forward Sunday', () => {
    // Fri 6 March 16:00 EST (21:00Z) → Mon 9 March 10:00 EDT (14:00Z): 65 h on the wall clock,
    // of which Fri 16–17 and Mon 09–10 are business hours.
    const from = at('2026-03-06T21:00:00Z');
    const to = at('2026-03-09T14:00:00Z');
    expect(to - from).toBe(65 * HOUR);
    expect(businessMillisBetween(newYork, from, to)).toBe(2 * HOUR);
  });

  it('skips holidays', () => {
    // Thu 2 July 16:00 EDT → Mon 6 July 12:00 EDT: Fri 3 July is a holiday. 1 h + 3 h.
    expect(
      businessMillisBetween(newYork, at('2026-07-02T20:00:00Z'), at('2026-07-06T16:00:00Z')),
    ).toBe(4 * HOUR);
  });

  it('is zero outside business hours and signed when reversed', () => {
    // Sat 7 March all day.
    expect(
      businessMillisBetween(newYork, at('2026-03-07T05:00:00Z'), at('2026-03-08T05:00:00Z')),
    ).toBe(0);
    const a = at('2026-03-02T15:00:00Z');
    const b = at('2026-03-04T15:00:00Z');
    expect(businessMillisBetween(newYork, b, a)).toBe(-16 * HOUR);
  });

  it('measures the real length of change days on a 24-hour calendar', () => {
    const always = businessCalendar({
      timeZone: 'America/New_York',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      start: '00:00',
      end: '24:00',
    });
    // Sun 8 March 2026 lasts 23 h; Sun 1 November 2026 lasts 25 h.
    expect(
      businessMillisBetween(always, at('2026-03-08T05:00:00Z'), at('2026-03-09T04:00:00Z')),
    ).toBe(23 * HOUR);
    expect(
      businessMillisBetween(always, at('2026-11-01T04:00:00Z'), at('2026-11-02T05:00:00Z')),
    ).toBe(25 * HOUR);
  });

  it('reads a window that spans the clock change in wall time', () => {
    // Sunday hours 01:00–03:00 on 8 March 2026: 01:00 EST is 06:00Z, 03:00 EDT is 07:00Z.
    const night = businessCalendar({
      timeZone: 'America/New_York',
      weekdays: [7],
      start: '01:00',
      end: '03:00',
    });
    expect(
      businessMillisBetween(night, at('2026-03-08T00:00:00Z'), at('2026-03-09T00:00:00Z')),
    ).toBe(1 * HOUR);
    // On 1 November 01:00 happens twice; the window opens at the first (05:00Z) and closes
    // at 03:00 EST (08:00Z): 3 hours.
    expect(
      businessMillisBetween(night, at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z')),
    ).toBe(3 * HOUR);
  });

  it('works far from the first instant asked about, in both directions', () => {
    const cal = businessCalendar({ timeZone: 'Europe/Berlin' });
    const mid = at('2026-01-05T08:00:00Z'); // Monday 09:00 CET
    expect(businessMillisBetween(cal, mid, mid + 8 * HOUR)).toBe(8 * HOUR);
    // Ten years back, then ten forward: one week is always 40 business hours.
    const old = at('2016-01-04T08:00:00Z'); // Monday
    expect(businessMillisBetween(cal, old, old + 7 * 24 * HOUR)).toBe(40 * HOUR);
    const later = at('2036-01-07T08:00:00Z'); // Monday
    expect(businessMillisBetween(cal, later, later + 7 * 24 * HOUR)).toBe(40 * HOUR);
    expect(businessMillisBetween(cal, mid, mid + 8 * HOUR)).toBe(8 * HOUR);
  });
});

describe('addBusinessHours', () => {
  it('rolls over the weekend and the DST change', () => {
    // Fri 6 March 16:00 EST + 2 h → Mon 9 March 10:00 EDT.
    expect(iso(addBusinessHours(newYork, at('2026-03-06T21:00:00Z'), 2))).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });

  it('rolls over a holiday', () => {
    // Thu 2 July 16:00 EDT + 4 h → Mon 6 July 12:00 EDT.
    expect(iso(addBusinessHours(newYork, at('2026-07-02T20:00:00Z'), 4))).toBe(
      '2026-07-06T16:00:00.000Z',
    );
  });

  it('starts counting at the next opening when asked outside hours', () => {
    // Sat 7 March noon + 1 h → Mon 9 March 10:00 EDT.
    expect(iso(addBusinessHours(newYork, at('2026-03-07T17:00:00Z'), 1))).toBe(
      '2026-03-09T14:00:00.000Z',
    );
    // Exactly a full day from the opening ends at the closing, not the next opening.
    expect(iso(addBusinessHours(newYork, at('2026-03-09T13:00:00Z'), 8))).toBe(
      '2026-03-09T21:00:00.000Z',
    );
  });

  it('adds zero as the identity and rejects negative amounts', () => {
    const saturday = at('2026-03-07T17:00:00Z');
    expect(addBusinessMillis(newYork, saturday, 0)).toBe(saturday);
    expect(() => addBusinessMillis(newYork, saturday, -1)).toThrow(RangeError);
    expect(() => addBusinessHours(newYork, saturday, Number.NaN)).toThrow(RangeError);
  });

  it('adds across years of working days', () => {
    // 260 working days × 8 h from Mon 5 Jan 2026 09:00 EST. 2026 has 261 weekdays; less Thu 1
    // and Fri 2 Jan and the three holidays, 256 remain. Then Fri 1 Jan 2027 (not a holiday of
    // this calendar), Mon 4, Tue 5 and Wed 6 Jan: the 260th ends Wed 6 Jan 17:00 EST.
    const start = at('2026-01-05T14:00:00Z');
    expect(iso(addBusinessHours(newYork, start, 260 * 8))).toBe('2027-01-06T22:00:00.000Z');
  });
});

describe('business days', () => {
  it('counts the working days of Q2 2026 (65 weekdays, two holidays)', () => {
    expect(businessDaysBetween(newYork, '2026-04-01', '2026-07-01')).toBe(63);
    expect(businessDaysBetween(newYork, '2026-07-01', '2026-04-01')).toBe(-63);
    expect(businessDaysBetween(newYork, '2026-04-01', '2026-04-01')).toBe(0);
  });

  it('knows weekends and holidays', () => {
    expect(isBusinessDay(newYork, '2026-05-25')).toBe(false); // Memorial Day
    expect(isBusinessDay(newYork, '2026-05-26')).toBe(true);
    expect(isBusinessDay(newYork, '2026-05-23')).toBe(false); // Saturday
  });
});

describe('businessCalendar validation', () => {
  it.each([
    [{ timeZone: 'Mars/Olympus' }, /timeZone "Mars\/Olympus" is not an IANA time zone/],
    [{ timeZone: 'UTC', weekdays: [0, 1] }, /weekdays are 1 \(Monday\) to 7/],
    [{ timeZone: 'UTC', weekdays: [] }, /at least one working weekday/],
    [{ timeZone: 'UTC', start: '9:00' }, /start must be a wall time "HH:MM"/],
    [{ timeZone: 'UTC', start: '17:00', end: '09:00' }, /end must be after start/],
    [{ timeZone: 'UTC', holidays: ['2026-02-30'] }, /holidays must be YYYY-MM-DD dates/],
  ])('rejects %j', (hours, message) => {
    expect(() => businessCalendar(hours)).toThrow(InvalidBusinessHoursError);
    expect(() => businessCalendar(hours)).toThrow(message);
  });

  it('applies the defaults: Monday to Friday, 09:00–17:00', () => {
    const cal = businessCalendar({ timeZone: 'UTC' });
    expect(cal.hours).toEqual({
      timeZone: 'UTC',
      weekdays: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      holidays: [],
    });
    expect(cal.dayMillis).toBe(8 * HOUR);
  });
});
