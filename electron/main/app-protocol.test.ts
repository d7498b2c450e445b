import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../web-host/security-headers';
import { answerAppRequest, isAppUrl } from './app-protocol';

vi.mock('electron', () => import('../../test/fake-electron'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  mkdirSync(join(dir, 'ui'));
  writeFileSync(join(dir, 'ui', 'index.html'), '<title>UI</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves the UI with the CSP', async () => {
    const response = await answerAppRequest(join(dir, 'ui'), 'app://studio/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<title>UI</title>');
  });

  it('refuses other hosts and files outside the UI folder', async () => {
    expect((await answerAppRequest(join(dir, 'ui'), 'app://other/index.html')).status).toBe(404);
    expect((await answerAppRequest(join(dir, 'ui'), 'app://studio/%2e%2e/secret.txt')).status).toBe(
      404,
    );
    expect(isAppUrl('https://studio/')).toBe(false);
  });
});
