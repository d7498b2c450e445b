// The Electron main process: lifecycle and wiring only; each concern lives in its own module.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { createHostServices } from '../services/create-handlers';
import { createKeyStore } from '../services/credentials';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { createSafeStorageEncryptor } from './key-storage';
import { installMenu } from './menu';
import { hardenApp, hardenSession } from './security';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | undefined;

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function openWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  const options = { defaultPath: suggestedName };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? undefined : result.filePath;
}

function start(): void {
  hardenSession(session.defaultSession);
  serveAppProtocol(join(app.getAppPath(), 'dist', 'renderer'));
  const { store, notice } = createKeyStore(
    join(app.getPath('userData'), 'static-keys.json'),
    createSafeStorageEncryptor(safeStorage),
  );
  if (notice) log(notice);
  const services = createHostServices({
    mode: 'desktop',
    keyStore: store,
    env: process.env,
    chooseSavePath,
    version: app.getVersion(),
  });
  registerIpcHandlers({ handlers: services.handlers, getWindow: () => mainWindow, log });
  installMenu({ platform: process.platform, isPackaged: app.isPackaged });
  openWindow();
  app.on('before-quit', () => void services.engine.dispose());
}

registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(app);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`Connector Studio could not start: ${error instanceof Error ? error.name : 'error'}`);
      app.quit();
    });
}
