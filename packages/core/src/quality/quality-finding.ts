/**
 * A data-quality finding: records an analysis could not use as they are, or used under a
 * stated rule, with how many and which. Shown to users beside the number, never hidden.
 * Every analysis reports its findings in this shape, each with its own `Code` union
 * (`FunnelQualityCode`, `HandoffQualityCode`, …).
 */
export interface QualityFinding<Code extends string = string> {
  /** What is wrong, as a stable machine-readable code. */
  code: Code;
  /** How many records are affected. */
  count: number;
  /** The affected record ids (for hand-off episodes `<personId>#<n>`). */
  ids: string[];
  /**
   * What happened to those records, in words. closedloop's analytics always set it; it is
   * optional so findings built by hand (fixtures, other sources) need not.
   */
  message?: string;
}

/**
 * How a collector lists its findings: `reported` keeps codes in the order first reported and
 * ids in the order met; `sorted` sorts codes and makes each code's ids sorted and unique.
 */
export type FindingOrder = 'reported' | 'sorted';

/** Collects findings by code while an analysis runs, and lists them as plain JSON. */
export class FindingCollector<Code extends string> {
  // Per code the ids, and (sorted order) how many of the first are already sorted and unique.
  readonly #ids = new Map<Code, { ids: string[]; tidy: number }>();
  readonly #messages: Readonly<Record<Code, string>>;
  readonly #order: FindingOrder;

  /**
   * @param messages the sentence shown for each code, e.g. "deals without an amount".
   * @param order how {@link list} orders codes and ids; default `reported`.
   */
  constructor(messages: Readonly<Record<Code, string>>, order: FindingOrder = 'reported') {
    this.#messages = messages;
    this.#order = order;
  }

  /** Records one affected id under a code. */
  add(code: Code, id: string): void {
    const entry = this.#ids.get(code);
    if (entry) entry.ids.push(id);
    else this.#ids.set(code, { ids: [id], tidy: 0 });
  }

  /** A collector with the same findings that can grow apart from this one. */
  copy(): FindingCollector<Code> {
    const other = new FindingCollector(this.#messages, this.#order);
    for (const [code, { ids, tidy }] of this.#ids) other.#ids.set(code, { ids: ids.slice(), tidy });
    return other;
  }

  /** The findings so far; codes without records are left out. */
  list(): QualityFinding<Code>[] {
    if (this.#order === 'reported') {
      return [...this.#ids].map(([code, { ids }]) => ({
        code,
        count: ids.length,
        ids,
        message: this.#messages[code],
      }));
    }
    return [...this.#ids.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, entry]) => {
        // Sorted once: a cached timeline's collector is copied for every call.
        if (entry.tidy !== entry.ids.length) {
          entry.ids = [...new Set(entry.ids)].sort();
          entry.tidy = entry.ids.length;
        }
        const ids = entry.ids.slice();
        return { code, message: this.#messages[code], count: ids.length, ids };
      });
  }
}
