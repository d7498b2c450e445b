import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from '../../test/fake-electron';
import type { BrowserWindow } from '../../test/fake-electron';
import { createMainWindow, mainWindowOptions } from './window';

vi.mock('electron', () => import('../../test/fake-electron'));

let dir: string;
let stateFile: string;

beforeEach(() => {
  resetFake();
  dir = mkdtempSync(join(tmpdir(), 'window-'));
  stateFile = join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('main window', () => {
  it('uses the secure web preferences', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/preload.cjs', stateFile }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('loads the UI from app:// and remembers its placement on close', () => {
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      stateFile,
    }) as unknown as BrowserWindow;
    expect(window.loadedUrl).toBe('app://studio/index.html');
    window.bounds = { x: 100, y: 50, width: 900, height: 600 };
    window.emit('close');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      bounds: window.bounds,
      maximized: false,
    });
    expect(mainWindowOptions({ preloadPath: '/p.cjs', stateFile })).toMatchObject({
      x: 100,
      y: 50,
      width: 900,
      height: 600,
    });
  });

  it('drops a remembered position that is no longer on any display, and ignores a corrupt file', () => {
    writeFileSync(
      stateFile,
      JSON.stringify({ bounds: { x: 5000, y: 5000, width: 900, height: 600 }, maximized: true }),
    );
    const options = mainWindowOptions({ preloadPath: '/p.cjs', stateFile });
    expect(options.x).toBeUndefined();
    expect(options.width).toBe(900);
    fake.displays = [{ workArea: { x: 4000, y: 4000, width: 1920, height: 1080 } }];
    expect(mainWindowOptions({ preloadPath: '/p.cjs', stateFile }).x).toBe(5000);
    writeFileSync(stateFile, '{"bounds":');
    expect(mainWindowOptions({ preloadPath: '/p.cjs', stateFile })).toMatchObject({
      width: 1280,
      height: 820,
    });
  });
});
