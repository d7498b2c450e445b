import { isApiError } from './client';
import type { RequestFailure } from '../stores/response-store';

/** Turns anything thrown by a contract call into the code and message shown to the user. */
export function describeError(error: unknown): RequestFailure {
  if (isApiError(error)) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: error instanceof Error ? error.message : 'Something went wrong.',
  };
}
