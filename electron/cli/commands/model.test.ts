import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

const dir = mkdtempSync(join(tmpdir(), 'model-cli-'));
writeFileSync(
  join(dir, 'voices.json'),
  '{"Voices":[{"Gender":"Female","Id":"Emma","SupportedEngines":["neural"]}],"NextToken":"t"}',
);
writeFileSync(
  join(dir, 'request.json'),
  '{"Image":{"S3Object":{"Bucket":"b","Name":"n"}},"MaxLabels":10}',
);
writeFileSync(
  join(dir, 'decisions.json'),
  JSON.stringify({
    conventions: { reservedNames: 'underscore' },
    names: { 'response:(Object)|Voices|(Object)': 'PollyVoice' },
  }),
);

/** Runs `connector-studio model` in-process and collects its output. */
function runModelCli(
  argv: string[],
  cwd = dir,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCaptured(['model', ...argv], {}, { cwd, stdin: '' });
}

describe('connector-studio model', () => {
  it('prints the model as JSON with the service and operation named as AWS names them', async () => {
    const { code, stdout } = await runModelCli([
      'voices.json',
      '--service',
      'polly',
      '--operation',
      'describevoices',
    ]);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as {
      serviceName: string;
      actions: string[];
      entities: { name: string }[];
    };
    expect(model.serviceName).toBe('Amazon Polly');
    expect(model.actions).toEqual(['DescribeVoices']);
    expect(model.entities.map((e) => e.name)).toEqual([
      'DescribeVoicesResponse',
      'Voice',
      'DescribeVoicesRequest',
      'AbstractRequest',
      'BasicClientConfig',
    ]);
  });

  it('applies a decisions file and a request sample, and prints Mermaid', async () => {
    const { code, stdout } = await runModelCli([
      'voices.json',
      '--service',
      'rekognition',
      '--operation',
      'DetectLabels',
      '--request',
      'request.json',
      '--decisions',
      'decisions.json',
      '--format',
      'mermaid',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('class PollyVoice {\n    +String Gender\n    +String _Id\n  }');
    expect(stdout).toContain('DetectLabelsRequest "1" -- "1" Image : DetectLabelsRequest_Image');
    expect(stdout).toContain('AbstractRequest <|-- DetectLabelsRequest');
  });

  it('writes the SVG diagram to --out', async () => {
    const { code, stdout } = await runModelCli([
      'voices.json',
      '--service',
      'polly',
      '--operation',
      'DescribeVoices',
      '--format',
      'svg',
      '--out',
      'd.svg',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const svg = readFileSync(join(dir, 'd.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('aria-label="Amazon Polly DescribeVoices entity diagram"');
  });

  it('refuses unclear input with exit code 2', async () => {
    expect((await runModelCli(['voices.json', '--operation', 'X'])).code).toBe(2);
    expect(
      (
        await runModelCli([
          'voices.json',
          '--service',
          'polly',
          '--operation',
          'X',
          '--format',
          'png',
        ])
      ).code,
    ).toBe(2);
    writeFileSync(join(dir, 'wrong.json'), '{"names":3}');
    expect(
      (
        await runModelCli([
          'voices.json',
          '--service',
          'polly',
          '--operation',
          'X',
          '--decisions',
          'wrong.json',
        ])
      ).stderr,
    ).toMatch(/not a decisions file/);
    writeFileSync(join(dir, 'bad.json'), '{"a":');
    const bad = await runModelCli(['bad.json', '--service', 'polly', '--operation', 'X']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.json:1:/);
  });
});
