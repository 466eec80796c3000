import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  formatLocal,
  formatUtc,
  localDate,
  offsetMinutes,
  ZONE_NAMES,
  type ZoneId,
} from './time';

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function intlOffset(ms: number, zone: string): number {
  let format = FORMATS.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATS.set(zone, format);
  }
  const parts = format.formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

describe('sample time zones', () => {
  it('match the IANA offsets of all four zones, every two hours across DST switches', () => {
    const start = Date.parse('2024-11-01T00:00:00Z');
    const end = Date.parse('2026-07-01T00:00:00Z');
    for (let ms = start; ms < end; ms += 2 * 3_600_000 + 17_000) {
      for (const zone of [0, 1, 2, 3] as ZoneId[]) {
        expect(offsetMinutes(ms, zone)).toBe(intlOffset(ms, ZONE_NAMES[zone]));
      }
    }
  });

  it('formats instants as ISO text that parses back to the same instant', () => {
    for (
      let ms = Date.parse('2024-11-15T17:00:00Z');
      ms < Date.parse('2026-05-16T00:00:00Z');
      ms += 86_399_000
    ) {
      expect(formatUtc(ms)).toBe(`${new Date(ms).toISOString().slice(0, 19)}Z`);
      for (const zone of [0, 1, 2, 3] as ZoneId[])
        expect(Date.parse(formatLocal(ms, zone))).toBe(ms);
    }
    expect(formatLocal(Date.parse('2025-07-03T09:15:00Z'), 2)).toBe('2025-07-03T10:15:00+01:00');
    expect(formatLocal(Date.parse('2025-01-03T09:15:00Z'), 2)).toBe('2025-01-03T09:15:00+00:00');
    expect(localDate(Date.parse('2026-04-01T02:00:00Z'))).toBe('2026-03-31');
  });
});

describe('sample business hours (Mon–Fri 09:00–17:00 New York)', () => {
  const at = (iso: string) => Date.parse(iso);

  it('adds business minutes across evenings and weekends', () => {
    // Friday 16:00 EDT + 90 business minutes = Monday 09:30 EDT.
    expect(formatUtc(addBusinessMinutes(at('2026-05-15T20:00:00Z'), 90))).toBe(
      '2026-05-18T13:30:00Z',
    );
    // Saturday, zero minutes: the next opening.
    expect(formatUtc(addBusinessMinutes(at('2026-05-16T15:00:00Z'), 0))).toBe(
      '2026-05-18T13:00:00Z',
    );
    // Winter (EST).
    expect(formatUtc(addBusinessMinutes(at('2026-01-07T13:00:00Z'), 30))).toBe(
      '2026-01-07T14:30:00Z',
    );
  });

  it('counts business minutes between instants', () => {
    expect(businessMinutesBetween(at('2026-05-15T20:00:00Z'), at('2026-05-18T13:30:00Z'))).toBe(90);
    expect(businessMinutesBetween(at('2026-05-16T10:00:00Z'), at('2026-05-17T10:00:00Z'))).toBe(0);
  });
});
