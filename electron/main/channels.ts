import type { OperationName } from '../../shared/ipc/contract';

/** The IPC channel of one contract operation; the preload and the main process agree on it here. */
export function channelFor(name: OperationName): string {
  return `studio:${name}`;
}
