import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_NESTING } from '../../../shared/domain/json-structure/index';
import { runCliChild } from '../../../test/cli-child';

const dir = mkdtempSync(join(tmpdir(), 'structure-deep-'));
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const arrays = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
for (const depth of [5, 250, MAX_JSON_NESTING, 5_000, 10_000, 20_000]) {
  writeFileSync(join(dir, `obj${depth}.json`), objects(depth));
  writeFileSync(join(dir, `arr${depth}.json`), arrays(depth));
}
const MB = 1024 * 1024;
// Peak RSS of the same child on a five-level file: what the runtime and the code cost by themselves.
const baseline = runCliChild(['structure', 'obj5.json', '--format', 'json'], dir).peakRssBytes;

describe('structure on deeply nested JSON (child process, peak RSS measured)', () => {
  for (const depth of [5_000, 10_000, 20_000]) {
    // Objects at 5,000 and 20,000, arrays (the cheapest levels: 2 bytes each) at 10,000.
    const shape = depth === 10_000 ? 'arr' : 'obj';
    const format = depth === 20_000 ? 'tree' : 'json';
    it(`refuses ${shape} nested ${depth} deep with exit 2 naming depth and limit, in bounded memory`, () => {
      const run = runCliChild(['structure', `${shape}${depth}.json`, '--format', format], dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        `nested ${depth} levels deep, past the limit of ${MAX_JSON_NESTING} levels`,
      );
      expect(run.stderr.length).toBeLessThan(1000);
      expect(run.peakRssBytes).toBeLessThan(baseline + 32 * MB);
    }, 120_000);
  }

  it('writes json and tree output linear in the depth up to the limit', () => {
    for (const shape of ['obj', 'arr']) {
      for (const format of ['json', 'tree']) {
        const half = runCliChild(['structure', `${shape}250.json`, '--format', format], dir);
        const full = runCliChild(
          ['structure', `${shape}${MAX_JSON_NESTING}.json`, '--format', format],
          dir,
        );
        expect(full.status).toBe(0);
        // Twice the depth gives about twice the output (depth² would give four times).
        expect(full.stdout.length / half.stdout.length).toBeLessThan(2.3);
        expect(full.peakRssBytes).toBeLessThan(baseline + 32 * MB);
      }
    }
  }, 240_000);
});
