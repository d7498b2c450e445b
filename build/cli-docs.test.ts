import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCliDocs, renderReadme, synopsisOf } from './cli-docs';

describe('docs/cli.md', () => {
  it('matches the usage texts of the CLI (run `npm run docs:cli` after changing a command)', async () => {
    const committed = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');
    expect(committed).toBe(await renderCliDocs());
  });

  it("README.md's CLI synopsis matches the usage texts (run `npm run docs:cli`)", async () => {
    const committed = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(committed).toBe(await renderReadme(committed));
    expect(committed).toContain('connector-studio plan --collection DIR\n');
  });

  it('takes a synopsis up to the first blank line, other forms unindented', () => {
    const usage = `Usage: connector-studio x A
       connector-studio x B
       [--c C]

Does x.`;
    expect(synopsisOf(usage)).toEqual([
      'connector-studio x A',
      'connector-studio x B',
      '    [--c C]',
    ]);
  });
});
