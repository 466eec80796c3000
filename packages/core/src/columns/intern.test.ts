import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRows, Interner, NULL_CODE } from './intern';

describe('Interner', () => {
  it('gives dense codes in first-seen order and the values back', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', '')), (values) => {
        const interner = new Interner();
        const codes = values.map((v) => interner.code(v));
        expect(codes.map((c) => interner.values[c])).toEqual(values);
        expect(interner.values).toEqual([...new Set(values)]);
        expect(interner.size).toBe(new Set(values).size);
        for (const v of values) expect(interner.find(v)).toBe(interner.code(v));
      }),
    );
  });

  it('keeps null out of the values', () => {
    const interner = new Interner();
    expect(interner.codeOrNull(null)).toBe(NULL_CODE);
    expect(interner.codeOrNull('x')).toBe(0);
    expect(interner.find('y')).toBeUndefined();
  });
});

describe('groupRows', () => {
  const keys = (groups: number) =>
    fc.array(fc.integer({ min: -1, max: groups - 1 }), { maxLength: 60 });

  it('lists every row with a key under it, in input order, once per distinct key', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((g) => fc.tuple(fc.constant(g), keys(g), keys(g))),
        ([groups, first, second]) => {
          const also = second.slice(0, first.length);
          while (also.length < first.length) also.push(-1);
          const { start, rows } = groupRows(Int32Array.from(first), groups, Int32Array.from(also));
          for (let g = 0; g < groups; g++) {
            const expected = first.flatMap((key, i) =>
              key === g || (also[i] === g && also[i] !== key) ? [i] : [],
            );
            expect([...rows.subarray(start[g], start[g + 1])]).toEqual(expected);
          }
          expect(start[groups]).toBe(rows.length);
        },
      ),
    );
  });
});
