import { BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_URL } from './app-protocol';
import { isVisibleOn, readWindowState, writeWindowState } from './window-state';

/** The renderer's settings from Electron's security checklist: isolated, sandboxed, no Node, no webview. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** The window's options: secure preferences plus the remembered placement when it is still on screen. */
export function mainWindowOptions(options: {
  preloadPath: string;
  stateFile: string;
}): BrowserWindowConstructorOptions {
  const state = readWindowState(options.stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const placed = state && isVisibleOn(state.bounds, workAreas) ? state.bounds : undefined;
  return {
    width: placed?.width ?? state?.bounds.width ?? 1280,
    height: placed?.height ?? state?.bounds.height ?? 820,
    ...(placed ? { x: placed.x, y: placed.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Connector Studio',
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

/** Creates the main window, loads the UI from `app://`, and remembers its placement on close. */
export function createMainWindow(options: {
  preloadPath: string;
  stateFile: string;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  if (readWindowState(options.stateFile)?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    writeWindowState(options.stateFile, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  void window.loadURL(APP_URL);
  return window;
}
