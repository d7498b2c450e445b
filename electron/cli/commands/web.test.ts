import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../command';
import type { CliIo } from '../command';
import { findStructureWorker, parseWebArgs, runWeb } from './web';

function io(env: NodeJS.ProcessEnv, isTty = false): CliIo & { out: () => string } {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    stdout,
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env,
    cwd: tmpdir(),
    isTty,
    out: () => text,
  };
}

describe('findStructureWorker', () => {
  it('finds dist/structure-worker.mjs in a folder above, or nothing', () => {
    const home = mkdtempSync(join(tmpdir(), 'web-worker-'));
    const nested = join(home, 'dist', 'a', 'b');
    mkdirSync(nested, { recursive: true });
    expect(findStructureWorker(nested)).toBeUndefined();
    writeFileSync(join(home, 'dist', 'structure-worker.mjs'), '');
    expect(findStructureWorker(nested)).toBe(join(home, 'dist', 'structure-worker.mjs'));
    rmSync(home, { recursive: true, force: true });
  });
});

describe('parseWebArgs', () => {
  it('reads --port and --no-open, and rejects anything else', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, open: true });
    expect(parseWebArgs(['--port', '8123', '--no-open'])).toEqual({ port: 8123, open: false });
    expect(parseWebArgs(['--port=0'])).toEqual({ port: 0, open: true });
    expect(() => parseWebArgs(['--port', 'x'])).toThrow(UsageError);
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(UsageError);
    expect(() => parseWebArgs(['--open-all'])).toThrow(UsageError);
  });
});

describe('runWeb', () => {
  it('prints a one-time link without the token, serves the contract in browser mode with keys in memory, and stops', async () => {
    const home = mkdtempSync(join(tmpdir(), 'web-cmd-'));
    writeFileSync(join(home, 'index.html'), '<title>UI</title>');
    const env = {
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const cli = io(env, true);
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const done = runWeb({ port: 0, open: false, uiDir: home }, cli, stopped);
    const LINK = /http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]+/g;
    await expect.poll(() => cli.out().match(LINK)?.length).toBe(1);
    const url = new URL(cli.out().match(LINK)?.[0] ?? '');
    const exchange = (link: URL) => fetch(link, { redirect: 'manual' });
    const first = await exchange(url);
    expect(first.status).toBe(303);
    const token = /=([^;]+);/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
    expect(token).toHaveLength(43);
    expect(cli.out()).not.toContain(token);
    expect((await exchange(url)).status).toBe(401);
    // Enter prints a new single-use link.
    (cli.stdin as PassThrough).write('\n');
    await expect.poll(() => cli.out().match(LINK)?.length).toBe(2);
    const second = new URL(cli.out().match(LINK)?.[1] ?? '');
    expect((await exchange(second)).status).toBe(303);
    expect((await exchange(second)).status).toBe(401);
    const call = (op: string, body: unknown) =>
      fetch(`${url.origin}/api/${op}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ ok: boolean; value: Record<string, unknown> }>);
    expect((await call('app.info', {})).value).toMatchObject({
      mode: 'browser',
      keyStorage: 'memory',
    });
    const added = await call('credentials.add', {
      label: 'k',
      accessKeyId: 'AKIDEXAMPLE0000000',
      secretAccessKey: 'sekrit-value',
    });
    expect(added.value).toMatchObject({ source: 'static', storage: 'memory' });
    expect(JSON.stringify(added)).not.toContain('sekrit-value');
    stop();
    expect(await done).toBe(0);
    await expect(fetch(`${url.origin}/`)).rejects.toThrow();
    rmSync(home, { recursive: true, force: true });
  });
});
