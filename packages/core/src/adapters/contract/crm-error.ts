import { endpointPath, SecretRedactor } from './redaction';

// Errors are recognised by a brand, not by prototype identity: the CJS build of each entry
// (`@closedloop/core`, `@closedloop/core/hubspot`, ...) carries its own copy of these classes.
const KINDS = Symbol.for('@closedloop/core:CrmError.kinds');

/**
 * A sanitized cause: the name, message and code of the underlying failure, never the
 * original object (a fetch `Request` or socket would carry the Authorization header).
 */
export interface CrmErrorCause {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

/** Fields shared by every CRM error. */
export interface CrmErrorOptions {
  /** The CRM, e.g. `hubspot`. */
  readonly crm: string;
  /** HTTP method, e.g. `GET`. */
  readonly method?: string | null;
  /** URL or path of the request; only the path is kept. */
  readonly endpoint?: string | null;
  /** Attempts made, retries included. */
  readonly attempts?: number;
  readonly cause?: CrmErrorCause;
  /** Removes known secrets from everything the error keeps. */
  readonly redactor?: SecretRedactor;
}

type ErrorClass = { readonly errorKind?: string } & (abstract new (...args: never[]) => unknown);

/**
 * Base of every error an adapter or the transport throws. Holds only redacted, plain data:
 * `JSON.stringify`, `util.inspect`, `stack` and `cause` never contain a credential.
 */
export class CrmError extends Error {
  /** Stable kind used for cross-bundle `instanceof` checks. */
  static readonly errorKind: string = 'CrmError';

  static {
    CrmError.prototype.name = 'CrmError';
  }

  /** `instanceof` that also recognises instances from another copy of this library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class right of `instanceof`, as often a subclass as not.
    // biome-ignore lint/complexity/noThisInStatic: must be the receiving class
    const own = Object.hasOwn(this, 'errorKind');
    // biome-ignore lint/complexity/noThisInStatic: must be the receiving class
    if (!own) return Function.prototype[Symbol.hasInstance].call(this, value);
    const kinds: unknown = (value as { [KINDS]?: unknown } | null)?.[KINDS];
    // biome-ignore lint/complexity/noThisInStatic: must be the receiving class
    return Array.isArray(kinds) && kinds.includes(this.errorKind);
  }

  readonly crm: string;
  readonly method: string | null;
  /** Path of the request, without query string. */
  readonly endpoint: string | null;
  readonly attempts: number;

  constructor(message: string, options: CrmErrorOptions) {
    const redactor = options.redactor ?? new SecretRedactor();
    const cause = options.cause && {
      name: options.cause.name,
      message: redactor.redact(options.cause.message),
      ...(options.cause.code === undefined ? {} : { code: options.cause.code }),
    };
    super(redactor.redact(message), cause ? { cause } : undefined);
    this.crm = options.crm;
    this.method = options.method ?? null;
    this.endpoint = options.endpoint ? redactor.redact(endpointPath(options.endpoint)) : null;
    this.attempts = options.attempts ?? 1;
    const kinds: string[] = [];
    for (let type = new.target as ErrorClass | null; type; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, 'errorKind') && type.errorKind) kinds.push(type.errorKind);
    }
    Object.defineProperty(this, KINDS, { value: kinds, enumerable: false });
  }

  /** The error as plain data, for logs and structured reporting. */
  toJSON(): Record<string, unknown> {
    const data: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) data[key] = value;
    if (this.cause !== undefined) data.cause = this.cause;
    return data;
  }
}

/** Whether a value is a CRM error from any copy of this library. */
export function isCrmError(value: unknown): value is CrmError {
  return value instanceof CrmError;
}
