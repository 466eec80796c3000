import { describe, expect, it } from 'vitest';
import { advanceStream, beginPass } from './checkpoint';

const NOW = Date.parse('2026-09-01T12:00:00Z');

describe('beginPass', () => {
  it('starts a full pass ending now', () => {
    expect(beginPass('hubspot', {}, { now: NOW })).toEqual({
      specificationVersion: 'v1',
      provider: 'hubspot',
      since: null,
      until: '2026-09-01T12:00:00.000Z',
      complete: false,
      streams: {},
    });
  });

  it('starts an incremental pass from since', () => {
    expect(beginPass('hubspot', { since: '2026-08-01T00:00:00Z' }, { now: NOW }).since).toBe(
      '2026-08-01T00:00:00.000Z',
    );
  });

  it('resumes an incomplete checkpoint and continues a complete one with lookback', () => {
    const pass = beginPass('hubspot', {}, { now: NOW });
    const half = advanceStream(pass, 'owners', { done: true }, ['owners', 'contacts']);
    expect(half.complete).toBe(false);
    expect(beginPass('hubspot', { checkpoint: half }, { now: NOW + 5000 })).toBe(half);
    const done = advanceStream(half, 'contacts', { done: true }, ['owners', 'contacts']);
    expect(done.complete).toBe(true);
    const next = beginPass(
      'hubspot',
      { checkpoint: done },
      { now: NOW + 5000, lookbackMs: 60_000 },
    );
    expect(next).toMatchObject({
      since: '2026-09-01T11:59:00.000Z',
      until: '2026-09-01T12:00:05.000Z',
      streams: {},
    });
  });

  it('refuses a checkpoint of another provider and an unreadable since', () => {
    const pass = beginPass('pipedrive', {}, { now: NOW });
    expect(() => beginPass('hubspot', { checkpoint: pass }, { now: NOW })).toThrow(/pipedrive/);
    expect(() => beginPass('hubspot', { since: 'yesterday' }, { now: NOW })).toThrow(/ISO-8601/);
  });
});
