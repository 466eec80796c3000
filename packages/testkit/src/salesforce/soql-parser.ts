/** A literal in a SOQL condition. */
export type SoqlValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'datetime'; readonly value: number }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

/** A parsed `WHERE` expression. */
export type SoqlCondition =
  | { readonly kind: 'and' | 'or'; readonly parts: readonly SoqlCondition[] }
  | { readonly kind: 'not'; readonly part: SoqlCondition }
  | {
      readonly kind: 'compare';
      readonly field: string;
      readonly op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE';
      readonly value: SoqlValue;
    }
  | {
      readonly kind: 'in';
      readonly field: string;
      readonly negated: boolean;
      readonly values: readonly SoqlValue[];
    };

/** A parsed SOQL query (the subset of guide §9.3 the fake serves). */
export interface SoqlQuery {
  readonly fields: readonly string[];
  readonly object: string;
  readonly where: SoqlCondition | null;
  readonly orderBy: readonly {
    readonly field: string;
    readonly descending: boolean;
    readonly nullsLast: boolean;
  }[];
  readonly limit: number | null;
  readonly offset: number | null;
}

/** A SOQL syntax error, answered as 400 `MALFORMED_QUERY`. */
export class SoqlSyntaxError extends Error {}

const TOKEN =
  /\s*(?:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(\d{4}-\d{2}-\d{2})(?![\d:T])|('(?:\\.|[^'\\])*')|(-?\d+(?:\.\d+)?)(?![\w-])|(!=|<=|>=|[=<>(),])|([A-Za-z_][\w.]*))/y;

interface Token {
  readonly type: 'datetime' | 'date' | 'string' | 'number' | 'symbol' | 'word';
  readonly text: string;
  readonly at: number;
}

function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < soql.length) {
    if (/^\s*$/.test(soql.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(soql);
    if (!match) throw new SoqlSyntaxError(`unexpected token at column ${index + 1}`);
    const at = match.index + (match[0].length - match[0].trimStart().length);
    const [, datetime, date, string, number, symbol, word] = match;
    if (datetime) tokens.push({ type: 'datetime', text: datetime, at });
    else if (date) tokens.push({ type: 'date', text: date, at });
    else if (string) tokens.push({ type: 'string', text: string, at });
    else if (number) tokens.push({ type: 'number', text: number, at });
    else if (symbol) tokens.push({ type: 'symbol', text: symbol, at });
    else if (word) tokens.push({ type: 'word', text: word, at });
    index = TOKEN.lastIndex;
  }
  return tokens;
}

/**
 * Parses `SELECT f, … FROM Object [WHERE …] [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST], …]
 * [LIMIT n] [OFFSET n]`, with `AND`/`OR`/`NOT`, parentheses, `= != < <= > >= LIKE`,
 * `[NOT] IN (…)`, quoted strings with backslash escapes, numbers, booleans, `null`, and
 * unquoted date and dateTime literals.
 * @throws {SoqlSyntaxError} for anything else.
 */
export function parseSoql(soql: string): SoqlQuery {
  const tokens = tokenize(soql);
  let position = 0;
  const peek = () => tokens[position];
  const keyword = (word: string) => {
    const token = peek();
    if (token?.type === 'word' && token.text.toUpperCase() === word) {
      position++;
      return true;
    }
    return false;
  };
  const expect = (word: string) => {
    if (!keyword(word))
      throw new SoqlSyntaxError(
        `expecting '${word}', found '${peek()?.text ?? '<EOF>'}' at column ${(peek()?.at ?? soql.length) + 1}`,
      );
  };
  const symbol = (text: string) => {
    const token = peek();
    if (token?.type === 'symbol' && token.text === text) {
      position++;
      return true;
    }
    return false;
  };
  const word = (): string => {
    const token = peek();
    if (token?.type !== 'word')
      throw new SoqlSyntaxError(`unexpected token: '${token?.text ?? '<EOF>'}'`);
    position++;
    return token.text;
  };
  const value = (): SoqlValue => {
    const token = peek();
    if (!token) throw new SoqlSyntaxError('unexpected end of query');
    position++;
    if (token.type === 'string')
      return { kind: 'string', value: token.text.slice(1, -1).replace(/\\(.)/g, '$1') };
    if (token.type === 'number') return { kind: 'number', value: Number(token.text) };
    if (token.type === 'datetime') return { kind: 'datetime', value: Date.parse(token.text) };
    if (token.type === 'date') return { kind: 'date', value: token.text };
    const upper = token.text.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
    if (upper === 'NULL') return { kind: 'null' };
    throw new SoqlSyntaxError(`unexpected token: '${token.text}'`);
  };
  const factor = (): SoqlCondition => {
    if (keyword('NOT')) return { kind: 'not', part: factor() };
    if (symbol('(')) {
      const inner = expression();
      if (!symbol(')')) throw new SoqlSyntaxError("expecting ')'");
      return inner;
    }
    const field = word();
    const negated = keyword('NOT');
    if (keyword('IN')) {
      if (!symbol('(')) throw new SoqlSyntaxError("expecting '(' after IN");
      const values = [value()];
      while (symbol(',')) values.push(value());
      if (!symbol(')')) throw new SoqlSyntaxError("expecting ')'");
      return { kind: 'in', field, negated, values };
    }
    if (negated) throw new SoqlSyntaxError("expecting 'IN' after NOT");
    if (keyword('LIKE')) return { kind: 'compare', field, op: 'LIKE', value: value() };
    const op = peek();
    if (op?.type !== 'symbol' || !['=', '!=', '<', '<=', '>', '>='].includes(op.text))
      throw new SoqlSyntaxError(`unexpected token: '${op?.text ?? '<EOF>'}'`);
    position++;
    return {
      kind: 'compare',
      field,
      op: op.text as '=' | '!=' | '<' | '<=' | '>' | '>=',
      value: value(),
    };
  };
  const conjunction = (): SoqlCondition => {
    const parts = [factor()];
    while (keyword('AND')) parts.push(factor());
    return parts.length === 1 ? (parts[0] as SoqlCondition) : { kind: 'and', parts };
  };
  const expression = (): SoqlCondition => {
    const parts = [conjunction()];
    while (keyword('OR')) parts.push(conjunction());
    return parts.length === 1 ? (parts[0] as SoqlCondition) : { kind: 'or', parts };
  };

  expect('SELECT');
  const fields = [word()];
  while (symbol(',')) fields.push(word());
  expect('FROM');
  const object = word();
  const where = keyword('WHERE') ? expression() : null;
  const orderBy: { field: string; descending: boolean; nullsLast: boolean }[] = [];
  if (keyword('ORDER')) {
    expect('BY');
    do {
      const field = word();
      let descending = false;
      if (keyword('DESC')) descending = true;
      else keyword('ASC');
      let nullsLast = descending;
      if (keyword('NULLS')) {
        if (keyword('LAST')) nullsLast = true;
        else {
          expect('FIRST');
          nullsLast = false;
        }
      }
      orderBy.push({ field, descending, nullsLast });
    } while (symbol(','));
  }
  const integer = () => {
    const literal = value();
    return literal.kind === 'number' ? literal.value : Number.NaN;
  };
  const limit = keyword('LIMIT') ? integer() : null;
  const offset = keyword('OFFSET') ? integer() : null;
  if (position < tokens.length)
    throw new SoqlSyntaxError(`unexpected token: '${tokens[position]?.text}'`);
  if (limit !== null && !Number.isInteger(limit))
    throw new SoqlSyntaxError('LIMIT must be an integer');
  if (offset !== null && (!Number.isInteger(offset) || offset > 2000))
    throw new SoqlSyntaxError('maximum SOQL offset allowed is 2000');
  return { fields, object, where, orderBy, limit, offset };
}
