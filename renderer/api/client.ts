import { contract, isOperationName } from '../../shared/ipc/contract';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/ipc/errors';
import type { Transport } from './transport';

/** A contract call that came back `{ ok: false }`, with the host's code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The renderer's only door to the privileged side: typed by the contract. */
export interface ApiClient {
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
}

/** Builds a client over a transport; outputs are checked against the contract's schemas. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<K extends OperationName>(
      name: K,
      input: OperationInput<K>,
    ): Promise<OperationOutput<K>> {
      if (!isOperationName(name))
        throw new ApiError('not-found', `Unknown operation "${String(name)}".`);
      const result = await transport(name, input);
      if (!result.ok) {
        throw new ApiError(result.error.code, result.error.message, result.error.details);
      }
      const parsed = contract[name].output.safeParse(result.value);
      if (!parsed.success) {
        throw new ApiError('internal', `The host's answer to ${name} does not match the contract.`);
      }
      return parsed.data as OperationOutput<K>;
    },
  };
}

/** True when an error is an ApiError with the given code. */
export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
