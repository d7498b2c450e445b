import { z } from 'zod';

/** Error codes that cross the bridge; the CLI maps them to exit codes. */
export const errorCodeSchema = z.enum([
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
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const studioErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type StudioErrorValue = z.infer<typeof studioErrorSchema>;

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
