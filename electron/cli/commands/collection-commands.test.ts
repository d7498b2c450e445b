import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/collections');
const PLANTED = /Planted[A-Za-z]*(Secret|SessionToken)/;

describe('connector-studio import and convert', () => {
  it('imports a Postman collection into a folder, leaving the keys out, and converts it back', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cli-import-')), 'dynamo');
    const imported = await runCaptured([
      'import',
      join(FIXTURES, 'postman-v21.json'),
      '--into',
      dir,
      '--credential',
      'profile:dev',
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 3 request(s) from postman-v2.1');
    expect(imported.stderr).toContain('AKIA…BLE1');
    expect(imported.stderr).toContain('X-Amz-Date');
    expect(readdirSync(join(dir, 'requests')).sort()).toEqual([
      'describe-table.json',
      'get-object-from-emulator.json',
      'list-tables.json',
    ]);
    const request = JSON.parse(readFileSync(join(dir, 'requests/list-tables.json'), 'utf8')) as {
      credentialId: string;
    };
    expect(request.credentialId).toBe('profile:dev');
    const folderText =
      readdirSync(join(dir, 'requests'))
        .map((f) => readFileSync(join(dir, 'requests', f), 'utf8'))
        .join('') + readFileSync(join(dir, 'collection.json'), 'utf8');
    expect(folderText).not.toMatch(PLANTED);

    const postman = await runCaptured(['convert', dir, '--to', 'postman']);
    expect(postman.code).toBe(0);
    expect(JSON.parse(postman.stdout)).toMatchObject({ info: { name: 'DynamoDB tables' } });
    expect(postman.stderr).toContain('profile:dev');
    const out = join(dir, '..', 'out.curl');
    const curl = await runCaptured(['convert', dir, '--to', 'curl', '--out', out]);
    expect(curl.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('--aws-sigv4 aws:amz:eu-west-1:dynamodb');
    expect(`${postman.stdout}${readFileSync(out, 'utf8')}${imported.stderr}`).not.toMatch(PLANTED);
  });

  it('refuses unknown formats and bad arguments with usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-bad-'));
    expect(
      (await runCaptured(['import', join(FIXTURES, '../collections'), '--into', dir])).code,
    ).toBe(2);
    expect((await runCaptured(['import', join(FIXTURES, 'postman-v21.json')])).code).toBe(2);
    expect((await runCaptured(['convert', dir, '--to', 'har'])).code).toBe(2);
    expect((await runCaptured(['convert', dir, '--to', 'curl'])).stderr).toContain(
      'not a collection folder',
    );
  });
});
