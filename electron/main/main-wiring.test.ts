import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, fake, resetFake } from '../../test/fake-electron';
import type * as CreateHandlers from '../services/create-handlers';
import type { HandlerDeps } from '../services/create-handlers';
import { channelFor } from './channels';

vi.mock('electron', () => import('../../test/fake-electron'));
const hostDeps: HandlerDeps[] = [];
vi.mock('../services/create-handlers', async (importOriginal) => {
  const real = await importOriginal<typeof CreateHandlers>();
  return {
    ...real,
    createHostServices: (deps: HandlerDeps) => {
      hostDeps.push(deps);
      return real.createHostServices(deps);
    },
  };
});

function callFromWindow(name: 'app.info', input: unknown): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channelFor(name));
  const [window] = BrowserWindow.windows;
  if (!handler || !window) throw new Error('main did not start');
  return handler(
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    input,
  ) as Promise<unknown>;
}

describe('main without an OS keychain', () => {
  beforeAll(async () => {
    resetFake();
    fake.safeStorage = { available: false, backend: 'unknown' };
    await import('./main');
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('keeps history and the workspace in userData and tells the renderer why keys stay in memory', async () => {
    expect(hostDeps).toHaveLength(1);
    expect(hostDeps[0]?.appDataDir).toBe(app.getPath());
    expect(hostDeps[0]?.structureWorker?.path).toBe(
      join(app.getAppPath(), 'dist', 'structure-worker.mjs'),
    );
    const info = (await callFromWindow('app.info', {})) as {
      ok: boolean;
      value: { keyStorage: string; keyStorageNotice?: string };
    };
    expect(info.ok).toBe(true);
    expect(info.value.keyStorage).toBe('memory');
    expect(info.value.keyStorageNotice).toMatch(/keychain is not available/);
  });

  it('asks where to save a response body and a bundle with a save dialog (cancelled here)', async () => {
    const deps = hostDeps[0];
    expect(await deps?.chooseSavePath?.('body.json')).toBeUndefined();
    expect(await deps?.chooseBundlePath?.('MyConnector.zip', 'zip')).toBeUndefined();
    expect(await deps?.chooseBundlePath?.('MyConnector', 'folder')).toBeUndefined();
    expect(fake.saveDialogs).toEqual([
      { defaultPath: 'body.json' },
      expect.objectContaining({
        defaultPath: 'MyConnector.zip',
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      }),
      expect.objectContaining({ defaultPath: 'MyConnector', filters: [] }),
    ]);
  });
});
