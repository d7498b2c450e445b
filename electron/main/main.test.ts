import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, fake, resetFake } from '../../test/fake-electron';
import { operationNames } from '../../shared/ipc/contract';

vi.mock('electron', () => import('../../test/fake-electron'));

describe('main', () => {
  beforeAll(async () => {
    resetFake();
    await import('./main');
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('registers app:// as a privileged scheme and serves it', () => {
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('wires the contract, the permission policy, the menu and the hardening of every web contents', () => {
    expect(fake.ipcHandlers.size).toBe(operationNames.length);
    expect(fake.permissionRequestHandler).toBeDefined();
    expect(fake.menuTemplate).toBeDefined();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);
  });

  it('says nothing about key storage when the OS keychain is there', async () => {
    const [window] = BrowserWindow.windows;
    const handler = fake.ipcHandlers.get('studio:app.info');
    const info = await handler?.(
      { sender: window?.webContents, senderFrame: window?.webContents.mainFrame },
      {},
    );
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop', keyStorage: 'keychain' } });
    expect(info).not.toHaveProperty('value.keyStorageNotice');
  });

  it('opens one secure window on app://', () => {
    expect(BrowserWindow.windows).toHaveLength(1);
    const [window] = BrowserWindow.windows;
    expect(window?.loadedUrl).toBe('app://studio/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});
