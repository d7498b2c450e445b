import { request as httpRequest } from 'node:http';
import { expect, test } from '../fixtures/studio-test';

/** Exchanges the printed one-time link for the session token, as the browser does; returns status and token. */
async function logIn(link: string): Promise<{ status: number; token: string }> {
  const reply = await fetch(link, { redirect: 'manual' });
  const token = /=([^;]+);/.exec(reply.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { status: reply.status, token };
}

function post(origin: string, headers: Record<string, string>): Promise<number> {
  const url = new URL('/api/app.info', origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

test('the browser host refuses calls without the token, from a foreign origin, or to a foreign Host', async ({
  host,
}) => {
  const { token } = await logIn(host.url);
  expect(host.url).not.toContain(token);
  expect(host.output()).not.toContain(token);
  const bearer = { authorization: `Bearer ${token}` };
  expect(await post(host.origin, bearer)).toBe(200);
  expect(await post(host.origin, {})).toBe(401);
  expect(await post(host.origin, { authorization: 'Bearer guessed' })).toBe(401);
  expect(await post(host.origin, { ...bearer, origin: 'https://attacker.example' })).toBe(403);
  expect(await post(host.origin, { ...bearer, host: 'attacker.example' })).toBe(403);
});

test('the printed link logs in once only', async ({ page, host }) => {
  expect((await logIn(host.url)).status).toBe(303);
  const response = await page.goto(host.url);
  expect(response?.status()).toBe(401);
  await expect(page.getByText('Each link works once')).toBeVisible();
});

test('a page opened without the token gets no app and no API', async ({ page, host }) => {
  const response = await page.goto(`${host.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByText('needs the link printed by')).toBeVisible();
  const status = await page.evaluate(
    async () =>
      (
        await fetch('/api/app.info', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
  );
  expect(status).toBe(401);
});

test('a page on another origin cannot call the host even after the app was opened', async ({
  studio,
  page,
  host,
}) => {
  await expect(studio.page.getByLabel('Host mode')).toContainText('Browser mode');
  // A second loopback server: same site as the host (ports do not count), different origin.
  const other = await page.context().newPage();
  await other.goto(`${host.origin.replace('127.0.0.1', 'localhost')}/`);
  const outcome = await other.evaluate(async (target) => {
    try {
      const res = await fetch(`${target}/api/credentials.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        credentials: 'include',
      });
      return `status ${res.status}`;
    } catch {
      return 'blocked';
    }
  }, host.origin);
  expect(outcome).toBe('blocked');
});
