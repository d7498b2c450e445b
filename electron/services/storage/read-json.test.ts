import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonIfValid } from './read-json';

const schema = z.object({ formatVersion: z.literal(1), recent: z.array(z.string()) });

describe('readJsonIfValid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-json-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('returns the parsed value of a file that matches the schema', async () => {
    const path = file('good.json', '{"formatVersion":1,"recent":["a"]}');
    expect(await readJsonIfValid(path, schema)).toEqual({ formatVersion: 1, recent: ['a'] });
  });

  it('returns undefined for a missing file, text that is not JSON, and JSON of another shape', async () => {
    expect(await readJsonIfValid(join(dir, 'missing.json'), schema)).toBeUndefined();
    expect(await readJsonIfValid(file('torn.json', '{"formatVersion":1,'), schema)).toBeUndefined();
    expect(
      await readJsonIfValid(file('other.json', '{"formatVersion":2,"recent":[]}'), schema),
    ).toBeUndefined();
  });
});
