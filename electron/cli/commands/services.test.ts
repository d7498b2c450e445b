import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

describe('connector-studio services', () => {
  it('lists matching services as a table, then the frozen-catalog note', async () => {
    const { code, stdout } = await runCaptured(['services', '--search', 'bedrock']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^ID\s+ENDPOINT PREFIX\s+SIGNING NAME\s+PROTOCOL\s+NAME$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^bedrockruntime\s+bedrock-runtime\s+bedrock\s+rest-json\s+Amazon Bedrock Runtime$/,
      ),
    );
    expect(stdout).toMatch(/frozen at aws-sdk v2's last models/);
  });

  it('prints JSON on stdout and keeps the note on stderr', async () => {
    const { code, stdout, stderr } = await runCaptured([
      'services',
      '--search',
      'polly',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { id: 'polly', endpointPrefix: 'polly', operationCount: expect.any(Number) },
    ]);
    expect(stderr).toMatch(/frozen/);
  });

  it('rejects unknown options and formats with exit code 2', async () => {
    expect((await runCaptured(['services', '--bogus'])).code).toBe(2);
    const bad = await runCaptured(['services', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be text or json/);
  });
});
