import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/ipc/contract';
import { invokeOperation } from '../../shared/ipc/dispatch';
import { createHostServices } from './create-handlers';
import { MemoryKeyStore } from './credentials/key-store';

const KEY = {
  label: 'test key',
  accessKeyId: 'AKIDHANDLERSTEST0001',
  secretAccessKey: 'handlers/test+SECRET0123456789abcdefghij',
};

describe('createHostServices', () => {
  let server: Server;
  let endpoint: string;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('kept body'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  async function sendWith(
    mode: 'desktop' | 'browser',
    chooseSavePath?: (name: string) => Promise<string | undefined>,
    appDataDir = dir,
  ) {
    const services = createHostServices({
      mode,
      keyStore: new MemoryKeyStore(),
      env: {},
      appDataDir,
      ...(chooseSavePath ? { chooseSavePath } : {}),
    });
    const call = (name: string, input: unknown) =>
      invokeOperation(services.handlers, { name, input, context: undefined });
    const added = await call('credentials.add', KEY);
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.value as { id: string }).id;
    const spec = {
      region: 'us-east-1',
      service: 's3',
      method: 'GET',
      path: '/bucket/key',
      endpoint,
      credentialId: id,
    };
    const sent = await call('request.send', { requestId: 'one', spec });
    if (!sent.ok) throw new Error(sent.error.message);
    return { services, call, responseId: (sent.value as { responseId: string }).responseId };
  }

  it('serves every operation of the contract and says what host it is', async () => {
    const services = createHostServices({
      mode: 'browser',
      keyStore: new MemoryKeyStore(),
      env: {},
      appDataDir: dir,
    });
    expect(operationNames.filter((name) => typeof services.handlers[name] !== 'function')).toEqual(
      [],
    );
    const info = await invokeOperation(services.handlers, {
      name: 'app.info',
      input: {},
      context: undefined,
    });
    expect(info).toMatchObject({ ok: true, value: { mode: 'browser', keyStorage: 'memory' } });
  });

  it('browser mode: sends with a stored key and offers the kept body as a download', async () => {
    const { services, call, responseId } = await sendWith('browser');
    const saved = await call('response.saveToFile', { responseId, suggestedName: 'my body.txt' });
    expect(saved).toEqual({
      ok: true,
      value: { downloadUrl: `/api/download/${responseId}?name=my%20body.txt`, cancelled: false },
    });
    expect(new TextDecoder().decode(await services.responses.get(responseId).readAll())).toBe(
      'kept body',
    );
    expect(await call('response.saveToFile', { responseId: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('desktop: saves where the dialog says, or reports a cancelled dialog', async () => {
    const target = join(dir, 'saved.txt');
    const { call, responseId } = await sendWith('desktop', async () => target);
    expect(await call('response.saveToFile', { responseId })).toEqual({
      ok: true,
      value: { savedTo: target, cancelled: false },
    });
    expect(readFileSync(target, 'utf8')).toBe('kept body');
    const cancelled = await sendWith('desktop', async () => undefined);
    expect(
      await cancelled.call('response.saveToFile', { responseId: cancelled.responseId }),
    ).toEqual({ ok: true, value: { cancelled: true } });
  });

  it('records every sent request in history on the privileged side, with no secret', async () => {
    const own = mkdtempSync(join(dir, 'history-'));
    const { call } = await sendWith('browser', undefined, own);
    const listed = await call('history.list', { search: '/bucket/key' });
    if (!listed.ok) throw new Error(listed.error.message);
    const [entry] = listed.value as Array<{
      at: string;
      status?: number;
      spec: Record<string, unknown>;
    }>;
    expect(entry).toMatchObject({
      status: 200,
      spec: { method: 'GET', service: 's3', region: 'us-east-1', path: '/bucket/key' },
    });
    expect(Number.isNaN(Date.parse(entry?.at ?? ''))).toBe(false);
    expect(listed.value).toHaveLength(1);
    expect(readFileSync(join(own, 'history.json'), 'utf8')).not.toContain(KEY.secretAccessKey);
  });

  it('a credentials error stops the request with code credentials', async () => {
    const services = createHostServices({
      mode: 'browser',
      keyStore: new MemoryKeyStore(),
      env: {},
      appDataDir: dir,
    });
    const spec = {
      region: 'us-east-1',
      service: 's3',
      method: 'GET',
      path: '/',
      endpoint,
      credentialId: 'static:missing',
    };
    const result = await invokeOperation(services.handlers, {
      name: 'request.send',
      input: { requestId: 'x', spec },
      context: undefined,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'credentials' } });
  });
});
