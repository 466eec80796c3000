/** Which requests a fault applies to. */
export interface FaultMatch {
  /** HTTP method, e.g. `GET`. Default: any. */
  readonly method?: string;
  /** Path pattern: exact, with `*` wildcards, or a RegExp. Default: any path. */
  readonly path?: string | RegExp;
  /** Fire from the nth matching request on (1-based). Default 1. */
  readonly nth?: number;
  /** How many times to fire. Default 1; `Infinity` for every matching request. */
  readonly times?: number;
}

/**
 * What a fault does (guide §9.1):
 * - `rate-limit`: the CRM's real 429 (burst), with a `Retry-After` header when given;
 * - `server-error`: a 5xx, JSON in the CRM's error shape or an HTML proxy page;
 * - `reset`: the connection is destroyed before any answer;
 * - `slow`: the real answer, after `delayMs` of real time (past the client's timeout);
 * - `malformed-json`: the real answer's body cut in half;
 * - `expired-token`: the CRM's real 401 for an expired token;
 * - `respond`: any status, headers and body;
 * - `mutate`: the real answer, then `apply()` runs (records change between pages).
 */
export type FaultAction =
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number }
  | {
      readonly kind: 'server-error';
      readonly status?: 500 | 502 | 503 | 504;
      readonly html?: boolean;
    }
  | { readonly kind: 'reset' }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'malformed-json' }
  | { readonly kind: 'expired-token' }
  | {
      readonly kind: 'respond';
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly body?: unknown;
    }
  | { readonly kind: 'mutate'; readonly apply: () => void };

/** A fault: when and what. */
export interface FaultRule {
  readonly match?: FaultMatch;
  readonly action: FaultAction;
}

interface ActiveRule {
  readonly rule: FaultRule;
  seen: number;
  fired: number;
}

function pathMatches(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  if (pattern instanceof RegExp) return pattern.test(path);
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(path);
}

/** The fault rules of a fake server, matched in the order they were added. */
export class FaultInjector {
  readonly #rules: ActiveRule[] = [];

  /** Adds a rule; returns this for chaining. */
  add(rule: FaultRule): this {
    this.#rules.push({ rule, seen: 0, fired: 0 });
    return this;
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules.length = 0;
  }

  /** Rules that have not fired as often as they may. */
  get pending(): number {
    return this.#rules.filter(({ rule, fired }) => fired < (rule.match?.times ?? 1)).length;
  }

  /** The action for this request, if a rule fires (each matching rule counts the request). */
  take(method: string, path: string): FaultAction | null {
    let action: FaultAction | null = null;
    for (const active of this.#rules) {
      const { match = {} } = active.rule;
      if (match.method && match.method.toUpperCase() !== method) continue;
      if (!pathMatches(match.path, path)) continue;
      active.seen++;
      const due = active.seen >= (match.nth ?? 1) && active.fired < (match.times ?? 1);
      if (due && action === null) {
        active.fired++;
        action = active.rule.action;
      }
    }
    return action;
  }
}
