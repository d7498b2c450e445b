import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sendHttp } from './send';
import {
  closeServers,
  connectProxy,
  listen,
  okText,
  recordingServer,
} from './test-servers.test-support';

afterEach(closeServers);

describe('sendHttp over proxies, DNS and TLS', () => {
  it('goes through HTTP_PROXY unless NO_PROXY names the host', async () => {
    const { origin, seen } = await recordingServer(okText);
    const { port: proxyPort, connects } = await connectProxy();
    const base = {
      url: origin,
      method: 'GET',
      path: '/via',
      query: '',
      headers: [] as Array<[string, string]>,
      body: new Uint8Array(),
    };
    const env = { HTTP_PROXY: `http://127.0.0.1:${proxyPort}` };
    expect((await sendHttp({ ...base, env })).status).toBe(200);
    expect(connects).toEqual([origin.replace('http://', '')]);
    expect((await sendHttp({ ...base, env: { ...env, NO_PROXY: '127.0.0.1' } })).status).toBe(200);
    expect(connects).toHaveLength(1);
    expect(seen).toHaveLength(2);
  });

  it('measures DNS when the host is a name', async () => {
    const { origin } = await recordingServer(okText);
    const url = origin.replace('127.0.0.1', 'localhost');
    const res = await sendHttp({
      url,
      method: 'GET',
      path: '/',
      query: '',
      headers: [],
      body: new Uint8Array(),
    });
    expect(res.status).toBe(200);
    expect(res.timing.dnsMs).toBeGreaterThanOrEqual(0);
  });

  it('reports an untrusted TLS certificate as a network error, and measures TLS with a trusted one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-tls-'));
    const [key, cert] = [join(dir, 'k.pem'), join(dir, 'c.pem')];
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1'];
    args.push('-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', key, '-out', cert);
    execFileSync('openssl', args, { stdio: 'ignore' });
    const server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, okText);
    const port = await listen(server);
    const request = {
      url: `https://127.0.0.1:${port}`,
      method: 'GET',
      path: '/',
      query: '',
      headers: [],
      body: new Uint8Array(),
    };
    const error = await sendHttp(request).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'network',
      message: expect.stringContaining('self-signed'),
    });
    const trusted = await sendHttp({ ...request, ca: readFileSync(cert) });
    expect(trusted.status).toBe(200);
    expect(trusted.timing.tlsMs).toBeGreaterThanOrEqual(0);
    const proxy = await connectProxy();
    const env = { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}` };
    expect((await sendHttp({ ...request, ca: readFileSync(cert), env })).status).toBe(200);
    expect(proxy.connects).toEqual([`127.0.0.1:${port}`]);
  });
});
