import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendHttp } from './send';
import { closeServers, listen, okText, recordingServer } from './test-servers.test-support';

afterEach(closeServers);

describe('sendHttp', () => {
  it('sends the path, query, headers and body exactly as given', async () => {
    const { origin, seen } = await recordingServer(okText);
    const headers: Array<[string, string]> = [
      ['Host', 'bucket.example.com:9000'],
      ['X-Amz-Date', '20260101T000000Z'],
      ['x-amz-meta-a', '  two  spaces '],
    ];
    const body = new Uint8Array([0, 255, 10, 13, 128]);
    const res = await sendHttp({
      url: origin,
      method: 'PUT',
      path: '/a/../b/%2E%2E/./c//d%20e',
      query: 'x=1&y=%20z&flag',
      headers,
      body,
    });
    expect(res.status).toBe(200);
    expect(res.statusText).toBe('OK');
    expect(seen[0]?.url).toBe('/a/../b/%2E%2E/./c//d%20e?x=1&y=%20z&flag');
    expect(seen[0]?.method).toBe('PUT');
    expect(seen[0]?.rawHeaders.slice(0, 8)).toEqual([
      'Host',
      'bucket.example.com:9000',
      'X-Amz-Date',
      '20260101T000000Z',
      'x-amz-meta-a',
      'two  spaces',
      'Content-Length',
      '5',
    ]);
    expect(seen[0]?.rawHeaders.map((h) => h.toLowerCase())).not.toContain('transfer-encoding');
    expect([...(seen[0]?.body ?? [])]).toEqual([...body]);
    expect(res.headers).toContainEqual(['X-Amzn-RequestId', 'rid-1']);
    expect(Buffer.from(await res.body.readAll()).toString()).toBe('hello');
    expect(res.timing.connectMs).toBeGreaterThanOrEqual(0);
    expect(res.timing.firstByteMs).toBeLessThanOrEqual(res.timing.totalMs);
  });

  it('refuses what would change a signed request on the wire', async () => {
    const base = {
      url: 'http://127.0.0.1:9',
      method: 'POST',
      path: '/',
      query: '',
      body: new Uint8Array(3),
    };
    await expect(sendHttp({ ...base, headers: [['Content-Length', '4']] })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      sendHttp({ ...base, headers: [['Transfer-Encoding', 'chunked']] }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(sendHttp({ ...base, path: '/a b', headers: [] })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      sendHttp({ ...base, url: 'http://127.0.0.1:9/prefix', headers: [] }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('reports a redirect without following it', async () => {
    const { origin, seen } = await recordingServer((_req, res) => {
      res.writeHead(307, { Location: `http://127.0.0.1:1/elsewhere` });
      res.end();
    });
    const res = await sendHttp({
      url: origin,
      method: 'GET',
      path: '/x',
      query: '',
      headers: [],
      body: new Uint8Array(),
    });
    expect(res.status).toBe(307);
    expect(res.headers).toContainEqual(['Location', 'http://127.0.0.1:1/elsewhere']);
    expect(seen).toHaveLength(1);
  });

  it('keeps a body larger than the memory limit whole, on disk', async () => {
    const size = 300_000;
    const { origin } = await recordingServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.alloc(size, 7));
    });
    const res = await sendHttp({
      url: origin,
      method: 'GET',
      path: '/',
      query: '',
      headers: [],
      body: new Uint8Array(),
      maxMemoryBytes: 1000,
    });
    expect(res.body.isOnDisk).toBe(true);
    expect(res.body.size).toBe(size);
    expect((await res.body.readRange(size - 3, 10)).length).toBe(3);
    await res.body.dispose();
  });

  it('names a refused connection', async () => {
    const probe = net.createServer();
    const port = await listen(probe);
    probe.close();
    const error = await sendHttp({
      url: `http://127.0.0.1:${port}`,
      method: 'GET',
      path: '/',
      query: '',
      headers: [],
      body: new Uint8Array(),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', message: expect.stringContaining('refused') });
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
  });

  it('times out when the server never answers, and can be cancelled', async () => {
    const { origin } = await recordingServer(() => undefined);
    const base = {
      url: origin,
      method: 'GET',
      path: '/',
      query: '',
      headers: [] as Array<[string, string]>,
      body: new Uint8Array(),
    };
    await expect(sendHttp({ ...base, timeoutMs: 100 })).rejects.toMatchObject({ code: 'timeout' });
    const controller = new AbortController();
    const pending = sendHttp({ ...base, signal: controller.signal });
    setImmediate(() => controller.abort());
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    const aborted = new AbortController();
    aborted.abort();
    await expect(sendHttp({ ...base, signal: aborted.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });

  it('times out or cancels while the body is arriving, and drops the partial body', async () => {
    const controller = new AbortController();
    const { origin } = await recordingServer((req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('partial', () => {
        if (req.url === '/cancel') controller.abort();
      });
    });
    const base = {
      url: origin,
      method: 'GET',
      query: '',
      headers: [] as Array<[string, string]>,
      body: new Uint8Array(),
    };
    await expect(sendHttp({ ...base, path: '/slow', timeoutMs: 100 })).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('body'),
    });
    await expect(
      sendHttp({ ...base, path: '/cancel', signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('reports a connection closed before the whole body arrived', async () => {
    const { origin } = await recordingServer((req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('partial', () => req.socket.destroy());
    });
    const error = await sendHttp({
      url: origin,
      method: 'GET',
      path: '/',
      query: '',
      headers: [],
      body: new Uint8Array(),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
  });
});
