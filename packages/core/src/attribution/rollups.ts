import { fromMinorUnits } from '../money/decimal';
import type { RollupRow } from './types';

interface Row {
  value: bigint;
  credit: number;
  deals: number;
  lastDeal: number;
  touches: number;
}

/** Formats minor units in a currency, or as a plain integer when there is no currency. */
export function formatMoney(minor: bigint, currency: string | null): string {
  return currency === null ? minor.toString() : fromMinorUnits(minor, currency);
}

/**
 * Sums credits by one dimension: value (bigint minor units of the reporting currency),
 * weight (fractional deals), distinct deals and touches. Deals are added one after another,
 * so distinct deals are counted with a last-seen marker instead of a set.
 */
export class RollupAccumulator {
  private readonly rows = new Map<string, Row>();

  /** Adds one credit to the row `key`; `deal` is the deal's ordinal in this run. */
  add(key: string, minor: bigint, weight: number, deal: number): void {
    let row = this.rows.get(key);
    if (!row) {
      row = { value: 0n, credit: 0, deals: 0, lastDeal: -1, touches: 0 };
      this.rows.set(key, row);
    }
    row.value += minor;
    if (weight > 0) {
      row.credit += weight;
      row.touches += 1;
      if (row.lastDeal !== deal) {
        row.lastDeal = deal;
        row.deals += 1;
      }
    }
  }

  /** The value of one row in minor units (0 when absent). */
  valueOf(key: string): bigint {
    return this.rows.get(key)?.value ?? 0n;
  }

  /**
   * The rows with some credit, largest value first, then largest credit, then by key.
   * @param labelOf the label of a key (default: the key itself)
   */
  toRows(currency: string | null, labelOf: (key: string) => string = (key) => key): RollupRow[] {
    const rows = [...this.rows.entries()].filter(([, row]) => row.credit > 0 || row.value !== 0n);
    rows.sort(([ka, a], [kb, b]) => {
      if (a.value !== b.value) return a.value > b.value ? -1 : 1;
      if (a.credit !== b.credit) return b.credit - a.credit;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return rows.map(([key, row]) => ({
      key,
      label: labelOf(key),
      value: formatMoney(row.value, currency),
      credit: row.credit,
      deals: row.deals,
      touches: row.touches,
    }));
  }
}
