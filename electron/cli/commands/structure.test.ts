import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

function run(
  argv: string[],
  stdinText = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCaptured(['structure', ...argv], {}, { cwd: dir, stdin: stdinText });
}

const dir = mkdtempSync(join(tmpdir(), 'structure-cli-'));
writeFileSync(join(dir, 'a.json'), '{"Voices":[{"Id":"Emma","SupportedEngines":["neural"]}]}');
writeFileSync(join(dir, 'b.json'), '{"Voices":[{"Name":"Amy"}]}');
writeFileSync(join(dir, 'bad.json'), '{\n  "Voices": [1,,]\n}');

describe('connector-studio structure', () => {
  it('prints the merged tree of several samples', async () => {
    const { code, stdout } = await run(['a.json', 'b.json']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Root {2}Object 1\.\.1\n {2}Voices {2}Array 0\.\.1\n {4}Voice {2}Object 0\.\.\*\n {6}_Id {2}String/,
    );
    expect(stdout).toMatch(/ {8}SupportedEngine {2}Wrapper 0\.\.\*\n {10}Value {2}String 1\.\.1/);
    expect(stdout).toMatch(/ {6}Name {2}String/);
  });

  it('reads stdin, follows --studio-pro 9 and prints JSON', async () => {
    const { code, stdout } = await run(['-', '--format', 'json', '--studio-pro', '9'], '[{"a":1}]');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).elements.map((e: { name: string }) => e.name)).toEqual([
      'Root',
      'JsonObject',
      'A',
    ]);
  });

  it('prints the representative snippet', async () => {
    const { stdout } = await run(['a.json', 'b.json', '--snippet']);
    expect(JSON.parse(stdout)).toEqual({
      Voices: [{ Id: 'Emma', SupportedEngines: ['neural'], Name: 'Amy' }],
    });
  });

  it('exits 2 with the position on malformed input and on bad options', async () => {
    const bad = await run(['a.json', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.json:2:16: Unexpected character \(offset 17\)/);
    expect((await run(['--format', 'xml', 'a.json'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['missing.json'])).stderr).toMatch(/Cannot read missing\.json: ENOENT/);
  });
});
