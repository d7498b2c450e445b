import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../shared/ipc/contract';
import { invokeOperation } from '../../shared/ipc/dispatch';
import type { Handlers } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/errors';
import { isAppUrl } from './app-protocol';
import { channelFor } from './channels';

const REFUSED: Result<never> = {
  ok: false,
  error: {
    code: 'unsupported',
    message: "Refused: the call did not come from Connector Studio's window.",
  },
};

/** Whether an IPC call comes from the top frame of our window showing our `app://` UI. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Registers one `ipcMain.handle('studio:<operation>')` per contract operation; errors return as values. */
export function registerIpcHandlers(options: {
  handlers: Handlers<unknown>;
  getWindow: () => BrowserWindow | undefined;
  log: (message: string) => void;
}): void {
  for (const name of operationNames) {
    ipcMain.handle(channelFor(name), async (event, input: unknown) => {
      if (!isTrustedSender(event, options.getWindow())) return REFUSED;
      return invokeOperation(
        options.handlers,
        { name, input, context: undefined },
        (operation, error) => {
          // The kind of failure only: an error's message may quote a secret.
          options.log(
            `operation ${operation} failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`,
          );
        },
      );
    });
  }
}
