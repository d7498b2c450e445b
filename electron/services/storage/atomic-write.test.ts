import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { SerialQueue } from './serial-queue';

const MODULE = pathToFileURL(join(import.meta.dirname, 'atomic-write.ts')).href;

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const target = join(dir, 'a.json');
    writeFileSync(target, 'old\n');
    await writeFileAtomic(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps the old file intact when the writer is killed between the temp file and the rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-crash-'));
    const target = join(dir, 'collection.json');
    writeFileSync(target, '{"old": true}\n');
    // The child writes, flushes, says so on stdout, and then waits to be killed before renaming.
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(MODULE)};
      setInterval(() => {}, 1000);
      await writeFileAtomic(${JSON.stringify(target)}, '{"new": true}\\n', {
        beforeRename: async (temp) => { process.stdout.write('paused ' + temp + '\\n'); await new Promise(() => {}); },
      });`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const temp = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /paused (.+)\n/.exec(out);
        if (match) resolve(match[1] as string);
      });
      child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    expect(readFileSync(temp, 'utf8')).toBe('{"new": true}\n');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(target, 'utf8')).toBe('{"old": true}\n');
  });
});

describe('SerialQueue', () => {
  it('runs tasks of one key one after another, in order, even after a failure', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('k', async () => {
      log.push('first start');
      await gate;
      log.push('first end');
      throw new Error('boom');
    });
    const second = queue.run('k', async () => {
      log.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(log).toEqual(['first start']);
    release();
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['first start', 'first end', 'second']);
  });
});
