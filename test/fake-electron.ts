// The one fake `electron` module for unit tests of the Electron glue:
//   vi.mock('electron', () => import('../../test/fake-electron'));
// then inspect `fake` (what the code under test registered) and call `resetFake()` between tests.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** A frame as `event.senderFrame` presents it. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** Records what code registers on a web contents so tests can fire its events. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame: FakeFrame = { url: 'app://studio/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** A BrowserWindow that keeps its constructor options and the URL it loaded. */
export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  destroyed = false;
  maximized = false;
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  getNormalBounds(): typeof this.bounds {
    return this.bounds;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
}

/** Everything the fake recorded. */
export const fake = {
  ipcHandlers: new Map<string, Listener>(),
  invoked: [] as Array<{ channel: string; input: unknown }>,
  exposed: new Map<string, unknown>(),
  openedExternally: [] as string[],
  permissionRequestHandler: undefined as Listener | undefined,
  permissionCheckHandler: undefined as Listener | undefined,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  menuTemplate: undefined as unknown,
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  safeStorage: { available: true, backend: 'gnome_libsecret' },
  /** The options of every save dialog shown, in order. */
  saveDialogs: [] as Array<Record<string, unknown>>,
};

/** Clears everything recorded. */
export function resetFake(): void {
  fake.ipcHandlers.clear();
  fake.invoked.length = 0;
  fake.exposed.clear();
  fake.openedExternally.length = 0;
  fake.permissionRequestHandler = undefined;
  fake.permissionCheckHandler = undefined;
  fake.privilegedSchemes.length = 0;
  fake.protocolHandlers.clear();
  fake.menuTemplate = undefined;
  fake.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  fake.safeStorage = { available: true, backend: 'gnome_libsecret' };
  fake.saveDialogs.length = 0;
  BrowserWindow.windows = [];
  app.removeAllListeners();
}

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (fake.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    fake.ipcHandlers.delete(channel);
  },
};

export const ipcRenderer = {
  invoke(channel: string, input: unknown): Promise<unknown> {
    fake.invoked.push({ channel, input });
    return Promise.resolve({ ok: true, value: channel });
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.exposed.set(key, api);
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Listener): void {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener): void {
      fake.permissionCheckHandler = handler;
    },
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: Listener): void {
    fake.protocolHandlers.set(scheme, handler);
  },
};

export const Menu = {
  buildFromTemplate(template: unknown): unknown {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown }): void {
    fake.menuTemplate = menu.template;
  },
};

export const screen = {
  getAllDisplays: () => fake.displays,
};

export const safeStorage = {
  isEncryptionAvailable: () => fake.safeStorage.available,
  getSelectedStorageBackend: () => fake.safeStorage.backend,
  encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
  decryptString: (data: Buffer) => Buffer.from(data.toString().slice(4), 'base64').toString(),
};

export const dialog = {
  showSaveDialog: (...args: unknown[]) => {
    fake.saveDialogs.push(args[args.length - 1] as Record<string, unknown>);
    return Promise.resolve({ canceled: true, filePath: undefined });
  },
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  getPath(): string {
    return '/tmp/connector-studio-fake-user-data';
  }
  getAppPath(): string {
    return process.cwd();
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {}
}

export const app = new FakeApp();

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};
