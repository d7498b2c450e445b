import { EventEmitter } from 'node:events';
import type { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserCommand, openBrowser } from './open-browser';

function fakeSpawn(behaviour: 'ok' | 'emit-error' | 'throw', calls: unknown[][]): typeof spawn {
  return ((command: string, args: string[]) => {
    calls.push([command, ...args]);
    if (behaviour === 'throw') throw new Error('EACCES');
    const child = Object.assign(new EventEmitter(), { unref: () => {} });
    if (behaviour === 'emit-error') queueMicrotask(() => child.emit('error', new Error('ENOENT')));
    return child;
  }) as unknown as typeof spawn;
}

describe('openBrowser', () => {
  const url = 'http://127.0.0.1:1234/?token=abc&x=1';

  it('uses the platform opener', () => {
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserCommand('win32', url).args).toEqual([
      '/c',
      'start',
      '""',
      'http://127.0.0.1:1234/?token=abc^&x=1',
    ]);
  });

  it('never throws when the opener is missing or fails, and says so', async () => {
    for (const behaviour of ['emit-error', 'throw'] as const) {
      const logged: string[] = [];
      const calls: unknown[][] = [];
      expect(() =>
        openBrowser(url, {
          log: (line) => logged.push(line),
          platform: 'linux',
          spawn: fakeSpawn(behaviour, calls),
        }),
      ).not.toThrow();
      await Promise.resolve();
      expect(calls).toEqual([['xdg-open', url]]);
      expect(logged).toEqual(['Could not open a browser; open the URL above yourself.']);
    }
  });

  it('logs nothing when the opener starts', async () => {
    const logged: string[] = [];
    openBrowser(url, {
      log: (line) => logged.push(line),
      platform: 'darwin',
      spawn: fakeSpawn('ok', []),
    });
    await Promise.resolve();
    expect(logged).toEqual([]);
  });
});
