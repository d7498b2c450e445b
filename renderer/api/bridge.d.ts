import type { OperationInput, OperationName, OperationOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/errors';

/** What the Electron preload exposes: one method per contract operation, errors as values. */
export type StudioBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
};

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}
