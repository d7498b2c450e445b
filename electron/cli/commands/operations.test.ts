import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

describe('connector-studio operations', () => {
  it('lists a service found by endpoint prefix, with method and URI template', async () => {
    const { code, stdout } = await runCaptured(['operations', 'email', '--search', 'SendEmail']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Amazon Simple Email Service \(ses\): query, endpoint prefix email, signing name ses/,
    );
    expect(stdout).toMatch(/^SendEmail\s+POST\s+\/$/m);
    expect(stdout).toMatch(/frozen/);
  });

  it('shows rest URI templates and host prefixes', async () => {
    const { stdout } = await runCaptured(['operations', 's3control', '--search', 'ListJobs']);
    expect(stdout).toMatch(/^ListJobs\s+GET\s+\/v20180820\/jobs\s+host prefix \{AccountId\}\.$/m);
  });

  it('prints JSON on stdout and keeps the note on stderr', async () => {
    const { stdout, stderr } = await runCaptured([
      'operations',
      'polly',
      '--search',
      'voices',
      '--format',
      'json',
    ]);
    expect(JSON.parse(stdout)).toEqual([
      { name: 'DescribeVoices', method: 'GET', uri: '/v1/voices' },
    ]);
    expect(stderr).toMatch(/frozen/);
  });

  it('exits 2 for a missing, unknown or retired service', async () => {
    expect((await runCaptured(['operations'])).code).toBe(2);
    const unknown = await runCaptured(['operations', 'no-such-service']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No AWS service "no-such-service"/);
    expect((await runCaptured(['operations', 'robomaker'])).stderr).toMatch(/retired by AWS/);
    expect((await runCaptured(['operations', 'sqs', 'extra'])).code).toBe(2);
  });
});
