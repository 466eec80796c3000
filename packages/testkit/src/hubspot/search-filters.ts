/** One search filter (spec schema `Filter`). */
export interface SearchFilter {
  readonly propertyName?: unknown;
  readonly operator?: unknown;
  readonly value?: unknown;
  readonly highValue?: unknown;
  readonly values?: unknown;
}

type Comparable = number | string;

/** Numbers, epoch-ms strings and ISO dates compare as numbers; other text case-insensitively. */
function comparable(value: unknown): Comparable | null {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return time;
  }
  return text.toLowerCase();
}

function compare(left: Comparable, right: Comparable): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return String(left).localeCompare(String(right));
}

const OPERATORS = new Set([
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
]);

/** Why a filter is invalid, or null. */
export function filterProblem(filter: SearchFilter): string | null {
  if (typeof filter.propertyName !== 'string' || filter.propertyName === '')
    return 'a filter needs a propertyName';
  if (typeof filter.operator !== 'string' || !OPERATORS.has(filter.operator)) {
    return `unknown operator ${JSON.stringify(filter.operator)}`;
  }
  return null;
}

/** A predicate over an object's properties for one filter (operators: guide §2.4). */
export function compileFilter(
  filter: SearchFilter,
): (properties: Record<string, string | null>) => boolean {
  const name = String(filter.propertyName);
  const value = comparable(filter.value);
  const high = comparable(filter.highValue);
  const values = Array.isArray(filter.values) ? filter.values.map(comparable) : [];
  return (properties) => {
    const actual = comparable(properties[name]);
    switch (filter.operator) {
      case 'HAS_PROPERTY':
        return actual !== null;
      case 'NOT_HAS_PROPERTY':
        return actual === null;
      case 'NEQ':
        return actual === null || value === null || compare(actual, value) !== 0;
      case 'NOT_IN':
        return (
          actual === null || !values.some((item) => item !== null && compare(actual, item) === 0)
        );
      case 'CONTAINS_TOKEN':
        return actual !== null && String(actual).includes(String(value ?? '').replaceAll('*', ''));
      case 'NOT_CONTAINS_TOKEN':
        return actual === null || !String(actual).includes(String(value ?? '').replaceAll('*', ''));
    }
    if (actual === null) return false;
    switch (filter.operator) {
      case 'EQ':
        return value !== null && compare(actual, value) === 0;
      case 'LT':
        return value !== null && compare(actual, value) < 0;
      case 'LTE':
        return value !== null && compare(actual, value) <= 0;
      case 'GT':
        return value !== null && compare(actual, value) > 0;
      case 'GTE':
        return value !== null && compare(actual, value) >= 0;
      case 'BETWEEN':
        return (
          value !== null &&
          high !== null &&
          compare(actual, value) >= 0 &&
          compare(actual, high) <= 0
        );
      case 'IN':
        return values.some((item) => item !== null && compare(actual, item) === 0);
      default:
        return false;
    }
  };
}

/** Sorts by one property (`{propertyName, direction}`, or the string form `name` / `-name`). */
export function compileSort(
  sort: unknown,
): ((a: Record<string, string | null>, b: Record<string, string | null>) => number) | null {
  const rule =
    typeof sort === 'string'
      ? {
          propertyName: sort.replace(/^-/, ''),
          direction: sort.startsWith('-') ? 'DESCENDING' : 'ASCENDING',
        }
      : (sort as { propertyName?: unknown; direction?: unknown } | undefined);
  if (!rule || typeof rule.propertyName !== 'string') return null;
  const name = rule.propertyName;
  const sign = rule.direction === 'DESCENDING' ? -1 : 1;
  return (a, b) => {
    const left = comparable(a[name]);
    const right = comparable(b[name]);
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    return sign * compare(left, right);
  };
}
