import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/dispatch';
import { StudioError } from '../../shared/ipc/errors';
import { OneTimeCodes, OPENER_CODE_TTL_MS } from './one-time-codes';
import { CONTENT_SECURITY_POLICY } from './security-headers';
import { startWebHost } from './web-host';
import type { WebHost } from './web-host';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(
  host: WebHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const info = {
  mode: 'browser',
  version: '0.1.0',
  keyStorage: 'memory',
  catalog: { sdkVersion: '2', frozenNote: 'frozen' },
};
const seen: unknown[] = [];
const handlers = Object.fromEntries(
  operationNames.map((name) => [
    name,
    async (input: unknown) => {
      seen.push(input);
      if (name === 'app.info') return info;
      if (name === 'credentials.remove') throw new StudioError('not-found', 'No such key.');
      if (name === 'credentials.list') throw new Error('secret AKIA-LEAK in a config file');
      return {};
    },
  ]),
) as unknown as Handlers<unknown>;

let host: WebHost;
let dir: string;
const logged: string[] = [];
let sessionToken = '';
const token = () => sessionToken;
const cookie = () => `cs_token_${host.port}=${token()}`;
const linkPath = (url: string) => `${new URL(url).pathname}${new URL(url).search}`;

/** Exchanges a login link's code as a browser would, returning the session token from the cookie. */
async function logIn(target: WebHost, url: string): Promise<string> {
  const reply = await call(target, linkPath(url));
  const match = /^cs_token_\d+=([^;]+);/.exec(reply.headers['set-cookie']?.[0] ?? '');
  if (reply.status !== 303 || !match?.[1]) throw new Error(`login failed with ${reply.status}`);
  return match[1];
}
const api = (op: string, body = '{}', headers: Record<string, string> = {}) =>
  call(host, `/api/${op}`, {
    method: 'POST',
    body,
    headers: { cookie: cookie(), 'content-type': 'application/json', ...headers },
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'web-host-'));
  mkdirSync(join(dir, 'ui', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'ui', 'index.html'), '<!doctype html><title>Studio</title>');
  writeFileSync(join(dir, 'ui', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'ui', 'assets', 'app.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'outside the UI folder');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'ui', 'assets', 'link.txt'));
  host = await startWebHost({
    port: 0,
    handlers,
    staticDir: join(dir, 'ui'),
    log: (line) => logged.push(line),
    downloads: (id) =>
      id === 'r1' ? { size: 4, open: () => Readable.from([Buffer.from('body')]) } : undefined,
  });
  sessionToken = await logIn(host, host.newLink());
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startWebHost', () => {
  it('listens on 127.0.0.1 with a 256-bit session token that no link carries', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(Buffer.from(token(), 'base64url')).toHaveLength(32);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]{43}$/);
    expect(host.url).not.toContain(token());
  });

  it('exchanges a link code once for an HttpOnly SameSite=Strict cookie and redirects to /', async () => {
    const link = host.newLink();
    const reply = await call(host, linkPath(link));
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']?.[0]).toBe(`${cookie()}; HttpOnly; SameSite=Strict; Path=/`);
    const again = await call(host, linkPath(link));
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect((await call(host, '/?code=wrong')).status).toBe(401);
    // The session token itself is no login link.
    expect((await call(host, `/?code=${token()}`)).status).toBe(401);
    expect((await call(host, `/?token=${token()}`)).status).toBe(401);
    // A used link opened again in the browser that holds the session just goes home.
    const home = await call(host, linkPath(link), { headers: { cookie: cookie() } });
    expect([home.status, home.headers['set-cookie']]).toEqual([303, undefined]);
  });

  it('opens the browser on a short-lived one-time link without the token', async () => {
    let now = 0;
    const opened: string[] = [];
    const other = await startWebHost({
      handlers,
      staticDir: join(dir, 'ui'),
      log: () => {},
      open: true,
      opener: (url) => opened.push(url),
      codes: new OneTimeCodes({ clock: () => now }),
    });
    try {
      expect(opened).toHaveLength(1);
      const session = await logIn(other, opened[0] ?? '');
      expect(opened[0]).not.toContain(session);
      expect((await call(other, linkPath(opened[0] ?? ''))).status).toBe(401);
      const printed = other.url;
      const late = other.newLink(OPENER_CODE_TTL_MS);
      now += OPENER_CODE_TTL_MS;
      expect((await call(other, linkPath(late))).status).toBe(401);
      expect(await logIn(other, printed)).toBe(session);
    } finally {
      await other.close();
    }
  });

  it('answers an operation with its Result and the security headers', async () => {
    const reply = await api('app.info', '{}', { origin: host.origin });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: info });
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts the token as a Bearer header for scripts', async () => {
    const reply = await call(host, '/api/app.info', {
      method: 'POST',
      body: '{}',
      headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' },
    });
    expect(JSON.parse(reply.body).ok).toBe(true);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect(
      (
        await call(host, '/api/app.info', {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(401);
    expect(
      (await api('app.info', '{}', { cookie: `cs_token_${host.port}=${token().slice(1)}x` }))
        .status,
    ).toBe(401);
    expect(
      (
        await call(host, '/api/app.info', {
          method: 'POST',
          headers: { authorization: 'Bearer nope' },
        })
      ).status,
    ).toBe(401);
  });

  it('refuses a foreign Origin, a cross-site fetch and a foreign Host even with the token', async () => {
    expect((await api('app.info', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect(
      (await api('app.info', '{}', { origin: `http://127.0.0.1:${host.port + 1}` })).status,
    ).toBe(403);
    expect((await api('app.info', '{}', { origin: 'null' })).status).toBe(403);
    expect((await api('app.info', '{}', { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await api('app.info', '{}', { host: `evil.example:${host.port}` })).status).toBe(403);
    expect(
      (
        await api('app.info', '{}', {
          host: `localhost:${host.port}`,
          origin: `http://localhost:${host.port}`,
        })
      ).status,
    ).toBe(200);
    expect(
      (await call(host, '/', { headers: { host: 'rebind.example', cookie: cookie() } })).status,
    ).toBe(403);
  });

  it('keeps the API to POST with a JSON body and known operations', async () => {
    expect((await api('no.such')).status).toBe(404);
    expect((await call(host, '/api/app.info', { headers: { cookie: cookie() } })).status).toBe(405);
    expect((await api('app.info', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api('app.info', '{not json')).status).toBe(400);
    expect(
      (await api('app.info', '{}', { 'content-length': String(64 * 1024 * 1024) })).status,
    ).toBe(413);
  });

  it('turns invalid input and handler failures into error values without leaking their text', async () => {
    const invalid = JSON.parse((await api('credentials.remove', '{"id":5}')).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const studio = JSON.parse((await api('credentials.remove', '{"id":"k"}')).body);
    expect(studio).toEqual({ ok: false, error: { code: 'not-found', message: 'No such key.' } });
    const unexpected = (await api('credentials.list')).body;
    expect(JSON.parse(unexpected)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(unexpected + logged.join('\n')).not.toContain('AKIA-LEAK');
  });

  it('serves the UI with MIME types, the SPA fallback and the CSP', async () => {
    const index = await call(host, '/', { headers: { cookie: cookie() } });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(
      (await call(host, '/assets/app.js', { headers: { cookie: cookie() } })).headers[
        'content-type'
      ],
    ).toBe('text/javascript; charset=utf-8');
    expect(
      (await call(host, '/assets/app.css', { headers: { cookie: cookie() } })).headers[
        'content-type'
      ],
    ).toBe('text/css; charset=utf-8');
    const route = await call(host, '/requests/42', { headers: { cookie: cookie() } });
    expect(route.body).toContain('<title>Studio</title>');
    expect((await call(host, '/assets/missing.js', { headers: { cookie: cookie() } })).status).toBe(
      404,
    );
    expect((await call(host, '/', {})).status).toBe(401);
  });

  it('refuses path traversal, plain or encoded', async () => {
    for (const path of [
      '/assets/link.txt',
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%00',
    ]) {
      const reply = await call(host, path, { headers: { cookie: cookie() } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the UI folder');
    }
  });

  it('offers a kept body as an attachment behind the same token', async () => {
    const reply = await call(host, '/api/download/r1?name=voices.json', {
      headers: { cookie: cookie() },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('body');
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(reply.headers['content-disposition']).toContain('attachment; filename="voices.json"');
    expect((await call(host, '/api/download/r2', { headers: { cookie: cookie() } })).status).toBe(
      404,
    );
    expect((await call(host, '/api/download/r1')).status).toBe(401);
  });
});
