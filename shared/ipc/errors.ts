// No zod here: StudioError is thrown all over the CLI, and the CLI should not load a schema
// library for a command that validates nothing (see the start-up bench).

/** Error codes that cross the bridge; the CLI maps them to exit codes. */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'credentials',
  'network',
  'timeout',
  'cancelled',
  'aws-error',
  'io',
  /** A file changed on disk since it was loaded; `details.conflicts` lists them. */
  'conflict',
  'unsupported',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A StudioError as it crosses the bridge. */
export interface StudioErrorValue {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** An error a handler throws on purpose; its code and message reach the user unchanged. */
export class StudioError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'StudioError';
  }

  toValue(): StudioErrorValue {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StudioErrorValue };
