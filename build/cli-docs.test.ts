import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCliDocs } from './cli-docs';

describe('docs/cli.md', () => {
  it('matches the usage texts of the CLI (run `npm run docs:cli` after changing a command)', async () => {
    const committed = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');
    expect(committed).toBe(await renderCliDocs());
  });
});
