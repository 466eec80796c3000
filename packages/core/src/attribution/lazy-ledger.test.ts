import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineLazy } from './lazy-ledger';

interface Entry {
  id: string;
  credits: number[];
  excluded: string[];
  after: number;
}

const eager = (id: string, credits: number[]): Entry => ({
  id,
  credits,
  excluded: credits.map(String),
  after: credits.length,
});

function lazy(id: string, credits: number[], calls: { n: number }): Entry {
  const entry: Entry = { id, credits: [], excluded: [], after: credits.length };
  defineLazy(entry, 'credits', () => {
    calls.n += 1;
    return [...credits];
  });
  defineLazy(entry, 'excluded', () => credits.map(String));
  return entry;
}

describe('defineLazy', () => {
  it('serialises, spreads, clones and compares like the eager object, keys in place', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer()), (id, credits) => {
        const calls = { n: 0 };
        const entry = lazy(id, credits, calls);
        expect(calls.n).toBe(0);
        expect(JSON.stringify(entry)).toBe(JSON.stringify(eager(id, credits)));
        expect(Object.keys(entry)).toEqual(['id', 'credits', 'excluded', 'after']);
        expect({ ...entry }).toEqual(eager(id, credits));
        expect(structuredClone(entry)).toEqual(eager(id, credits));
        // Built once, then an ordinary property.
        expect(calls.n).toBe(1);
        expect(Object.getOwnPropertyDescriptor(entry, 'credits')?.writable).toBe(true);
      }),
    );
  });

  it('returns the same array on every read, and keeps edits to it', () => {
    const entry = lazy('d', [1, 2], { n: 0 });
    entry.credits.push(3);
    expect(entry.credits).toEqual([1, 2, 3]);
  });

  it('stores a value assigned before the first read, without building', () => {
    const calls = { n: 0 };
    const entry = lazy('d', [1, 2], calls);
    entry.credits = [9];
    expect(entry.credits).toEqual([9]);
    expect(calls.n).toBe(0);
  });

  it('answers the built value once the object is frozen before the first read', () => {
    const calls = { n: 0 };
    const entry = Object.freeze(lazy('d', [1, 2], calls));
    expect(entry.credits).toEqual([1, 2]);
    expect(entry.credits).toBe(entry.credits);
    expect(calls.n).toBe(1);
  });
});
