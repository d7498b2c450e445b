// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudioBridge } from './bridge';
import { createDefaultTransport } from './transport';

describe('createDefaultTransport', () => {
  afterEach(() => {
    delete window.studio;
    vi.unstubAllGlobals();
  });

  it('uses the Electron preload when it exposed window.studio', async () => {
    const info = vi.fn(async () => ({ ok: true as const, value: 'from preload' }));
    window.studio = { 'app.info': info } as unknown as StudioBridge;
    await expect(createDefaultTransport()('app.info', {})).resolves.toEqual({
      ok: true,
      value: 'from preload',
    });
    expect(info).toHaveBeenCalledWith({});
  });

  it('falls back to the browser host over fetch', async () => {
    const fetchStub = vi.fn(async () => new Response('{"ok":true,"value":"from host"}'));
    vi.stubGlobal('fetch', fetchStub);
    await expect(createDefaultTransport()('app.info', {})).resolves.toEqual({
      ok: true,
      value: 'from host',
    });
    expect(fetchStub).toHaveBeenCalledWith(
      '/api/app.info',
      expect.objectContaining({ method: 'POST', credentials: 'same-origin' }),
    );
  });
});
