import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BUSINESS_HOURS } from '../sample/constants';
import { addBusinessMinutes, businessMinutesBetween } from '../sample/time';
import { businessCalendar } from './business-hours';
import { addBusinessMillis, businessMillisBetween, businessOffsets } from './business-hours-math';

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'America/Santiago', // midnight skipped on spring-forward days
  'America/Havana', // midnight repeated on fall-back days
  'Australia/Lord_Howe', // 30-minute daylight saving
  'Asia/Kolkata',
];
// 2000–2040, whole seconds.
const instant = fc.integer({ min: 946_684_800, max: 2_208_988_800 }).map((s) => s * 1000);

describe('business hours (properties)', () => {
  it('a 24/7 calendar measures wall-clock time in every zone', () => {
    const calendars = ZONES.map((timeZone) =>
      businessCalendar({ timeZone, weekdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, (always, a, b) => {
        expect(businessMillisBetween(always, a, b)).toBe(b - a);
      }),
      { numRuns: 300 },
    );
  });

  it('offsets of several instants differ by the business time between them', () => {
    const calendars = ZONES.map((timeZone) => businessCalendar({ timeZone }));
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, instant, (cal, a, b, c) => {
        // A fresh calendar each time: the offsets must not depend on days built before.
        const fresh = businessCalendar(cal.hours);
        const [oa, ob, oc, none] = businessOffsets(fresh, [a, b, c, Number.NaN]) as [
          number,
          number,
          number,
          number,
        ];
        expect(ob - oa).toBe(businessMillisBetween(cal, a, b));
        expect(oc - ob).toBe(businessMillisBetween(cal, b, c));
        expect(none).toBeNaN();
      }),
      { numRuns: 200 },
    );
  });

  it('durations add up, and adding a duration lands where it was measured', () => {
    const calendars = ZONES.map((timeZone) =>
      businessCalendar({ timeZone, holidays: ['2026-12-25', '2027-01-01'] }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...calendars), instant, instant, instant, (cal, a, b, c) => {
        const ab = businessMillisBetween(cal, a, b);
        const bc = businessMillisBetween(cal, b, c);
        expect(ab + bc).toBe(businessMillisBetween(cal, a, c));
        if (ab > 0) {
          // The earliest instant with `ab` business time after `a` is at or before `b`.
          const reached = addBusinessMillis(cal, a, ab);
          expect(reached).toBeLessThanOrEqual(b);
          expect(businessMillisBetween(cal, a, reached)).toBe(ab);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never counts more than the wall-clock time', () => {
    const cal = businessCalendar({ timeZone: 'America/New_York' });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 90 * 86_400 }), (a, seconds) => {
        const between = businessMillisBetween(cal, a, a + seconds * 1000);
        expect(between).toBeGreaterThanOrEqual(0);
        expect(between).toBeLessThanOrEqual(seconds * 1000);
      }),
    );
  });

  it("agrees with the sample generator's own New York clock", () => {
    const cal = businessCalendar(SAMPLE_BUSINESS_HOURS);
    // The generator's clock covers 2023–2027; whole minutes keep its rounding out of the way.
    const minute = fc.integer({ min: 28_000_000, max: 30_000_000 }).map((m) => m * 60_000);
    fc.assert(
      fc.property(minute, minute, fc.integer({ min: 0, max: 5000 }), (a, b, minutes) => {
        expect(businessMillisBetween(cal, a, b) / 60_000).toBe(
          // `+ 0` turns a −0 from the negation into 0.
          (b >= a ? businessMinutesBetween(a, b) : -businessMinutesBetween(b, a)) + 0,
        );
        if (minutes > 0) {
          expect(addBusinessMillis(cal, a, minutes * 60_000)).toBe(addBusinessMinutes(a, minutes));
        }
      }),
      { numRuns: 500 },
    );
  });
});
