import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { distStaleness } from './dist-freshness.mjs';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })));

/** A project folder with the given files, each with its modification time in seconds. */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-freshness-'));
  folders.push(root);
  for (const [path, seconds] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  }
  return root;
}

describe('distStaleness', () => {
  it('names a source changed after the last build', () => {
    const root = project({ 'dist/cli.mjs': 1000, 'shared/a.ts': 900, 'electron/cli/b.ts': 1100 });
    expect(distStaleness(root)).toBe(
      `${join('electron', 'cli', 'b.ts')} changed after the last build`,
    );
  });

  it('says when dist/ is missing', () => {
    expect(distStaleness(project({ 'shared/a.ts': 900 }))).toBe('dist/cli.mjs is missing');
  });

  it('accepts a build newer than every source, and ignores tests and fixtures', () => {
    const root = project({
      'dist/cli.mjs': 1000,
      'shared/a.ts': 900,
      'shared/a.test.ts': 1100,
      'shared/domain/fixtures/x.json': 1100,
    });
    expect(distStaleness(root)).toBeUndefined();
  });

  it('compares with the oldest of several outputs', () => {
    const root = project({ 'dist/cli.mjs': 1000, 'dist/r/index.html': 800, 'renderer/a.tsx': 900 });
    expect(distStaleness(root, ['dist/cli.mjs', 'dist/r/index.html'])).toBe(
      `${join('renderer', 'a.tsx')} changed after the last build`,
    );
  });
});
