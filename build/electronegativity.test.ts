import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// Each scan starts a Node process that loads the tool: slow on a busy machine, so a generous limit.
const SCAN_LIMIT_MS = 60_000;
const dirs: string[] = [];

const hardenedApp = [
  "import { BrowserWindow, session } from 'electron';",
  "const win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });",
  'win.webContents.on("will-navigate", (event) => event.preventDefault());',
  "win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));",
  'session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));',
].join('\n');

const suppressedWindow = [
  "import { BrowserWindow } from 'electron';",
  'declare function mainWindowOptions(options: unknown): object;',
  'export const open = (options: unknown) => new BrowserWindow(mainWindowOptions(options));',
].join('\n');

function page(policy: string): string {
  return `<!doctype html>\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n`;
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'eng-fixture-'));
  dirs.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function scan(root: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'build/electronegativity.mjs', '--root', root],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run lint:electron (build/electronegativity.mjs)', { timeout: SCAN_LIMIT_MS }, () => {
  it('passes a hardened app, with the configured false positives suppressed by line', () => {
    const { status, output } = scan(
      project({
        'electron/main/app.ts': hardenedApp,
        'electron/main/window.ts': suppressedWindow,
        'electron/main/app.test.ts': 'new BrowserWindow({});',
        'renderer/index.html': page("default-src 'none'; script-src 'self'; object-src 'none'"),
      }),
    );
    expect(output).toContain('3 suppressed finding(s)');
    expect(output).not.toContain('FINDING');
    expect(status).toBe(0);
  });

  it('fails on insecure preferences next to a suppressed line and on a weak CSP', () => {
    const { status, output } = scan(
      project({
        'electron/main/app.ts': hardenedApp,
        'electron/main/window.ts': `${suppressedWindow}\nexport const bad = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });`,
        'renderer/index.html': page("default-src 'self'; script-src 'self' 'unsafe-eval'"),
      }),
    );
    expect(status).toBe(1);
    expect(output).toMatch(/FINDING: CONTEXT_ISOLATION_JS_CHECK .* electron\/main\/window\.ts:4/);
    expect(output).toMatch(/FINDING: NODE_INTEGRATION_JS_CHECK .* electron\/main\/window\.ts:4/);
    expect(output).not.toContain('electron/main/window.ts:3');
    expect(output).toMatch(
      /FINDING: CSP_GLOBAL_CHECK .* renderer\/index\.html[\s\S]*'unsafe-eval'/,
    );
  });
});
