/**
 * A data-quality finding: records an analysis could not use as they are, or used under a
 * stated rule, with how many and which. Shown to users beside the number, never hidden.
 */
export interface QualityFinding<Code extends string = string> {
  /** What is wrong, as a stable machine-readable code. */
  code: Code;
  /** How many records are affected. */
  count: number;
  /** The affected record ids, in the order they were met. */
  ids: string[];
  /**
   * What happened to those records, in words. closedloop's analytics always set it; it is
   * optional so findings built by hand (fixtures, other sources) need not.
   */
  message?: string;
}

/** Collects findings by code, keeping the order codes were first reported in. */
export class FindingCollector<Code extends string> {
  readonly #ids = new Map<Code, string[]>();
  readonly #messages: Readonly<Record<Code, string>>;

  /** @param messages the sentence shown for each code, e.g. "deals without an amount". */
  constructor(messages: Readonly<Record<Code, string>>) {
    this.#messages = messages;
  }

  /** Records one affected id under a code. */
  add(code: Code, id: string): void {
    const ids = this.#ids.get(code);
    if (ids) ids.push(id);
    else this.#ids.set(code, [id]);
  }

  /** The findings so far, as plain JSON. */
  list(): QualityFinding<Code>[] {
    return [...this.#ids].map(([code, ids]) => ({
      code,
      count: ids.length,
      ids,
      message: this.#messages[code],
    }));
  }
}
