import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fake, FakeWebContents, resetFake } from '../../test/fake-electron';
import type { FakeFrame } from '../../test/fake-electron';
import { operationNames } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/dispatch';
import { registerIpcHandlers } from './ipc';

vi.mock('electron', () => import('../../test/fake-electron'));

const calls: string[] = [];
const handlers = Object.fromEntries(
  operationNames.map((name) => [
    name,
    async () => {
      calls.push(name);
      if (name === 'credentials.list') throw new Error('boom with a secret');
      return { removed: true };
    },
  ]),
) as unknown as Handlers<unknown>;

let window: BrowserWindow;
const logged: string[] = [];

function invoke(
  channel: string,
  event: { sender: unknown; senderFrame: FakeFrame | null },
  input: unknown,
) {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input);
}

beforeEach(() => {
  resetFake();
  calls.length = 0;
  window = new BrowserWindow({});
  registerIpcHandlers({
    handlers,
    getWindow: () => window as never,
    log: (line) => logged.push(line),
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one studio:<operation> channel per contract operation', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      operationNames.map((name) => `studio:${name}`).sort(),
    );
  });

  it('runs the handler for our window and validates the input first', async () => {
    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await invoke('studio:credentials.remove', own, { id: 'k1' })).toEqual({
      ok: true,
      value: { removed: true },
    });
    expect(await invoke('studio:credentials.remove', own, { id: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(calls).toEqual(['credentials.remove']);
  });

  it('returns unexpected failures as values without their text', async () => {
    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const result = await invoke('studio:credentials.list', own, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result) + logged.join('\n')).not.toContain('secret');
  });

  it.each([
    [
      'a foreign origin in our window',
      () => ({
        sender: window.webContents,
        senderFrame: { url: 'https://evil.example/', parent: null },
      }),
    ],
    [
      'a subframe of our window',
      () => ({
        sender: window.webContents,
        senderFrame: { url: 'app://studio/x', parent: window.webContents.mainFrame },
      }),
    ],
    [
      'another web contents',
      () => ({
        sender: new FakeWebContents(),
        senderFrame: { url: 'app://studio/index.html', parent: null },
      }),
    ],
    ['a frame already gone', () => ({ sender: window.webContents, senderFrame: null })],
  ])('refuses %s without running the handler', async (_label, event) => {
    const result = await invoke('studio:credentials.remove', event(), { id: 'k1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(calls).toEqual([]);
  });

  it('refuses everything once the window is destroyed', async () => {
    window.destroyed = true;
    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await invoke('studio:app.info', own, {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});
