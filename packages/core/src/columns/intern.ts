/**
 * Interns strings to dense integer codes `0 … size − 1`, in first-seen order, so a column of
 * repeated strings (channels, campaign ids, titles) becomes a typed array of codes and a short
 * list of distinct values. `values[code]` is the string back. Null is not interned: columns
 * store it as {@link NULL_CODE}.
 *
 * ```ts
 * const channels = new Interner();
 * channels.code('email'); // 0
 * channels.code('paid_search'); // 1
 * channels.code('email'); // 0
 * channels.values; // ['email', 'paid_search']
 * ```
 */
export class Interner {
  /** The distinct values, indexed by code. */
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `value`, interning it on first sight. */
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** The code of `value`, or {@link NULL_CODE} when it is null. */
  codeOrNull(value: string | null): number {
    return value === null ? NULL_CODE : this.code(value);
  }

  /** The code of an already interned value, or undefined. */
  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  /** How many distinct values. */
  get size(): number {
    return this.values.length;
  }
}

/** The code a column stores for a null value. */
export const NULL_CODE = -1;

/**
 * Rows grouped by a key code as compressed rows ("CSR"): the rows of group `g` are
 * `rows[start[g] … start[g + 1])`, in input order. Built with one counting pass and one
 * placing pass over `keys` (a row with a negative key belongs to no group), so a million rows
 * cost two typed arrays instead of one small array per group.
 */
export interface Groups {
  start: Int32Array;
  rows: Int32Array;
}

/**
 * Groups rows `0 … keys.length − 1` by their key code (see {@link Groups}). With `also`, a row
 * belongs to a second group too (say, a touch to its person's account and to the account it
 * was logged on), unless that key is negative or the same as the first.
 */
export function groupRows(keys: Int32Array, groups: number, also?: Int32Array): Groups {
  const start = new Int32Array(groups + 1);
  const second = (i: number, key: number) => {
    const other = also ? (also[i] as number) : -1;
    return other === key ? -1 : other;
  };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
    const other = second(i, key);
    if (other >= 0) start[other + 1] = (start[other + 1] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  const rows = new Int32Array(start[groups] as number);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0) {
      const at = fill[key] as number;
      rows[at] = i;
      fill[key] = at + 1;
    }
    const other = second(i, key);
    if (other >= 0) {
      const at = fill[other] as number;
      rows[at] = i;
      fill[other] = at + 1;
    }
  }
  return { start, rows };
}
