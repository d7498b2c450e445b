import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fake } from '../test/fake-electron';
import { operationNames } from '../shared/ipc/contract';

vi.mock('electron', () => import('../test/fake-electron'));

describe('preload', () => {
  beforeAll(async () => {
    await import('./preload');
  });

  it('exposes exactly one function per contract operation under window.studio', () => {
    expect([...fake.exposed.keys()]).toEqual(['studio']);
    const studio = fake.exposed.get('studio') as Record<string, unknown>;
    expect(Object.keys(studio).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(typeof studio[name]).toBe('function');
    expect(Object.isFrozen(studio)).toBe(true);
  });

  it('never exposes ipcRenderer or a generic invoke', () => {
    const studio = fake.exposed.get('studio') as Record<string, unknown>;
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on']) expect(studio[key]).toBeUndefined();
  });

  it('sends each operation on its own studio:<operation> channel', async () => {
    const studio = fake.exposed.get('studio') as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    await studio['catalog.operations']?.({ service: 'polly' });
    expect(fake.invoked).toEqual([
      { channel: 'studio:catalog.operations', input: { service: 'polly' } },
    ]);
  });
});
