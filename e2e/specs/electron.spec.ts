import { _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationNames } from '../../shared/ipc/contract';
import { findElectron } from '../fixtures/electron-binary';
import { expect, test } from '../fixtures/studio-test';

const found = findElectron();
const hasElectron = found.path !== undefined;
const root = fileURLToPath(new URL('../..', import.meta.url));

test('the desktop app opens a sandboxed window that exposes exactly the contract', async () => {
  test.skip(!hasElectron, `Electron binary not installed here: ${found.reason}`);
  const home = mkdtempSync(join(tmpdir(), 'studio-electron-'));
  const app = await electron.launch({
    executablePath: found.path,
    args: [root, '--no-sandbox'],
    // A temporary HOME gives the app its own user data (window state, stored keys) and AWS files.
    env: { PATH: process.env.PATH ?? '', HOME: home, AWS_EC2_METADATA_DISABLED: 'true' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Connector Studio' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/studio\//);
    const exposed = await page.evaluate(() => ({
      names: Object.keys((window as unknown as { studio?: object }).studio ?? {}).sort(),
      hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
    }));
    expect(exposed).toEqual({
      names: [...operationNames].sort(),
      hasRequire: false,
      hasProcess: false,
    });
    await expect(page.getByLabel('Host mode')).toContainText('Desktop');
    if (process.env.UPDATE_SCREENSHOTS === '1')
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'desktop.png') });
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
