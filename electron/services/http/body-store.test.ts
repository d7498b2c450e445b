import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyStore, BodyWriter, bodyTempDir } from './body-store';

function pattern(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
}

async function collect(chunks: Uint8Array[], maxMemoryBytes: number): Promise<BodyStore> {
  const writer = new BodyWriter(maxMemoryBytes);
  for (const chunk of chunks) await writer.write(chunk);
  return writer.finish();
}

describe('BodyWriter and BodyStore', () => {
  it('keeps a small body in memory, whole', async () => {
    const store = await collect([pattern(100, 1), pattern(50, 2)], 1000);
    expect(store.isOnDisk).toBe(false);
    expect(store.size).toBe(150);
    expect(Buffer.from(await store.readAll())).toEqual(
      Buffer.concat([pattern(100, 1), pattern(50, 2)]),
    );
  });

  it('spills past the limit to a temp file and keeps every byte', async () => {
    const chunks = [pattern(700, 1), pattern(700, 2), pattern(700, 3)];
    const store = await collect(chunks, 1000);
    expect(store.isOnDisk).toBe(true);
    expect(store.size).toBe(2100);
    const expected = Buffer.concat(chunks);
    expect(Buffer.from(await store.readAll())).toEqual(expected);
    expect(Buffer.from(await store.readRange(650, 100))).toEqual(expected.subarray(650, 750));
    expect(Buffer.from(await store.readRange(2050, 100))).toEqual(expected.subarray(2050));
    const before = readdirSync(bodyTempDir()).length;
    await store.dispose();
    expect(readdirSync(bodyTempDir()).length).toBe(before - 1);
    await expect(store.readRange(0, 1)).rejects.toThrow(/released/);
  });

  it('refuses to read a body whole past the guard instead of truncating it', async () => {
    const store = await collect([pattern(500, 1)], 1000);
    await expect(store.readAll(100)).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('saves atomically from memory and from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'body-save-'));
    for (const limit of [10_000, 100]) {
      const bytes = pattern(3000, limit);
      const store = await collect([bytes.subarray(0, 1000), bytes.subarray(1000)], limit);
      const target = join(dir, `out-${limit}.bin`);
      writeFileSync(target, 'old');
      await store.saveTo(target);
      expect(Buffer.from(readFileSync(target))).toEqual(Buffer.from(bytes));
      await store.dispose();
    }
    expect(readdirSync(dir).sort()).toEqual(['out-100.bin', 'out-10000.bin']);
    await expect(
      BodyStore.fromBytes(pattern(3, 1)).saveTo(join(dir, 'missing', 'x.bin')),
    ).rejects.toMatchObject({ code: 'io' });
  });

  it('removes the folders of processes that died without cleaning up', () => {
    const stale = join(tmpdir(), 'connector-studio-999999999');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'body-x.bin'), 'left over');
    const script =
      "import { bodyTempDir } from './electron/services/http/body-store.ts'; bodyTempDir();";
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(existsSync(stale)).toBe(false);
  });

  it('removes spilled bodies when the process exits', () => {
    const script = [
      "import { BodyWriter } from './electron/services/http/body-store.ts';",
      'const w = new BodyWriter(10);',
      'await w.write(new Uint8Array(100));',
      'const s = await w.finish();',
      "const { bodyTempDir } = await import('./electron/services/http/body-store.ts');",
      'console.log(JSON.stringify({ onDisk: s.isOnDisk, dir: bodyTempDir() }));',
    ].join('\n');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    const { onDisk, dir } = JSON.parse(out.trim()) as { onDisk: boolean; dir: string };
    expect(onDisk).toBe(true);
    expect(dir).toContain('connector-studio-');
    expect(existsSync(dir)).toBe(false);
  });
});
