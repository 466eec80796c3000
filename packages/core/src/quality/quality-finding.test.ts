import { describe, expect, it } from 'vitest';
import { FindingCollector } from './quality-finding';

const messages = { b_code: 'the b records', a_code: 'the a records' } as const;

describe('FindingCollector', () => {
  it('reported order: codes as first reported, ids as met, each with its message', () => {
    const log = new FindingCollector<keyof typeof messages>(messages);
    log.add('b_code', 'z');
    log.add('a_code', 'y');
    log.add('b_code', 'x');
    log.add('b_code', 'x');
    expect(log.list()).toEqual([
      { code: 'b_code', count: 3, ids: ['z', 'x', 'x'], message: 'the b records' },
      { code: 'a_code', count: 1, ids: ['y'], message: 'the a records' },
    ]);
  });

  it('sorted order: codes sorted, ids sorted and unique; a copy grows apart', () => {
    const log = new FindingCollector<keyof typeof messages>(messages, 'sorted');
    log.add('b_code', 'z');
    log.add('b_code', 'x');
    log.add('b_code', 'z');
    const copy = log.copy();
    copy.add('a_code', 'q');
    expect(log.list()).toEqual([
      { code: 'b_code', count: 2, ids: ['x', 'z'], message: 'the b records' },
    ]);
    expect(copy.list().map((f) => [f.code, f.ids])).toEqual([
      ['a_code', ['q']],
      ['b_code', ['x', 'z']],
    ]);
    // Listing twice gives the same, and the lists are the caller's to keep.
    const first = log.list();
    first[0]?.ids.push('mutated');
    expect(log.list()[0]?.ids).toEqual(['x', 'z']);
  });
});
