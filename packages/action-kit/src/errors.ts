/** Errors: the one distinction the suite makes is a user's mistake (fixable by them) versus a bug. */

/** A place in a file for a GitHub annotation (1-based line and column). */
export interface Annotation {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

export type UserErrorKind =
  'input' | 'not-found' | 'permission' | 'conflict' | 'service' | 'timeout' | 'cancelled';

export interface UserErrorOptions {
  kind?: UserErrorKind;
  /** Where in a user's file the problem is (YAML key, data file line). */
  annotation?: Annotation;
  cause?: unknown;
}

/**
 * An error the user can fix: bad input, a missing resource, a permission, a failed deployment.
 * The message names the input or resource, the value, and the fix.
 */
export class UserError extends Error {
  readonly kind: UserErrorKind;
  readonly annotation: Annotation | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.kind = options.kind ?? 'input';
    this.annotation = options.annotation;
  }
}

/** The message of anything thrown, Error or not. */
export function errorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === 'string') return thrown;
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols.
    const json = JSON.stringify(thrown) as unknown;
    return typeof json === 'string' ? json : String(thrown);
  } catch {
    return String(thrown);
  }
}
