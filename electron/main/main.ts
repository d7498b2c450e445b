// The Electron main process: lifecycle and wiring only; each concern lives in its own module.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import type { SaveDialogOptions } from 'electron';
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

async function showSaveDialog(options: SaveDialogOptions): Promise<string | undefined> {
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? undefined : result.filePath;
}

function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  return showSaveDialog({ defaultPath: suggestedName });
}

// A folder bundle is written as a new folder at the chosen path, so a save dialog fits both formats.
function chooseBundlePath(
  suggestedName: string,
  format: 'zip' | 'folder',
): Promise<string | undefined> {
  const filters = format === 'zip' ? [{ name: 'Zip archive', extensions: ['zip'] }] : [];
  return showSaveDialog({
    defaultPath: suggestedName,
    title: format === 'zip' ? 'Save the connector bundle' : 'Choose the new bundle folder',
    buttonLabel: format === 'zip' ? 'Save' : 'Create folder',
    filters,
  });
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
    chooseBundlePath,
    appDataDir: app.getPath('userData'),
    ...(notice ? { keyStorageNotice: notice } : {}),
    version: app.getVersion(),
    // Read with Electron's fs, which reads inside the ASAR archive.
    shapesDir: join(app.getAppPath(), 'dist', 'aws-shapes'),
    // electron-builder unpacks the worker next to the ASAR archive (worker threads cannot load from it).
    structureWorker: {
      path: join(
        app.getAppPath().replace(/app\.asar$/, 'app.asar.unpacked'),
        'dist',
        'structure-worker.mjs',
      ),
    },
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
