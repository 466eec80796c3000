import type { SoqlCondition, SoqlQuery, SoqlValue } from './soql-parser';

/** A stored row: field name → JSON value as the REST API returns it. */
export type SalesforceRow = Record<string, unknown>;

const DATETIME = /^\d{4}-\d{2}-\d{2}T/;

/** A field value and a literal as comparable primitives (datetimes as epoch ms). */
function comparable(field: unknown, literal: SoqlValue): [unknown, unknown] {
  switch (literal.kind) {
    case 'null':
      return [field ?? null, null];
    case 'datetime':
      return [
        typeof field === 'string' && DATETIME.test(field)
          ? Date.parse(field.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
          : null,
        literal.value,
      ];
    case 'date':
      return [typeof field === 'string' ? field.slice(0, 10) : null, literal.value];
    default:
      return [field ?? null, literal.value];
  }
}

function like(value: unknown, pattern: string): boolean {
  if (typeof value !== 'string') return false;
  const source = pattern
    .split('')
    .map((character) =>
      character === '%'
        ? '.*'
        : character === '_'
          ? '.'
          : character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 'i').test(value);
}

/** Whether a row passes a `WHERE` condition. */
export function matches(row: SalesforceRow, condition: SoqlCondition | null): boolean {
  if (condition === null) return true;
  switch (condition.kind) {
    case 'and':
      return condition.parts.every((part) => matches(row, part));
    case 'or':
      return condition.parts.some((part) => matches(row, part));
    case 'not':
      return !matches(row, condition.part);
    case 'in': {
      const found = condition.values.some((literal) => {
        const [a, b] = comparable(row[condition.field], literal);
        return a === b;
      });
      return condition.negated ? !found : found;
    }
    case 'compare': {
      const [a, b] = comparable(row[condition.field], condition.value);
      if (condition.op === 'LIKE') return like(a, String(b));
      if (condition.op === '=') return a === b;
      if (condition.op === '!=') return a !== b;
      // Ordering comparisons never match null (SOQL semantics).
      if (a === null || b === null) return false;
      const left = a as number | string;
      const right = b as number | string;
      if (condition.op === '<') return left < right;
      if (condition.op === '<=') return left <= right;
      if (condition.op === '>') return left > right;
      return left >= right;
    }
  }
}

/** Sorts rows by `ORDER BY` (nulls first ascending, last descending, unless said). */
export function sortRows(rows: SalesforceRow[], query: SoqlQuery): SalesforceRow[] {
  if (query.orderBy.length === 0) return rows;
  return rows.sort((a, b) => {
    for (const { field, descending, nullsLast } of query.orderBy) {
      const x = a[field] ?? null;
      const y = b[field] ?? null;
      if (x === y) continue;
      if (x === null) return nullsLast ? 1 : -1;
      if (y === null) return nullsLast ? -1 : 1;
      const order = (x as number | string) < (y as number | string) ? -1 : 1;
      return descending ? -order : order;
    }
    return 0;
  });
}
