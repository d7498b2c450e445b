import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

const SCRIPT = fileURLToPath(new URL('../../../test/botocore-sign.py', import.meta.url));
const env = {
  AWS_ACCESS_KEY_ID: 'AKIDSLASHES00000001',
  AWS_SECRET_ACCESS_KEY: 'slashes/secret+KEY',
};
const hasBotocore = spawnSync('python3', ['-c', 'import botocore']).status === 0;

interface DryRun {
  method: string;
  url: string;
  headers: Record<string, string> | [string, string][];
  canonicalRequest: string;
  signedHeaders: string[];
}

describe('send with double slashes in the path (non-S3)', () => {
  it('signs the normalised path like botocore and sends the path as written', async () => {
    const { code, stdout, stderr } = await runCaptured(
      [
        'send',
        '--dry-run',
        '--region',
        'us-east-1',
        '--service',
        'execute-api',
        '--method',
        'GET',
        '--path',
        '/prod//items//',
        '--endpoint',
        'https://abc123.execute-api.us-east-1.amazonaws.com',
        '--signing-date',
        '2026-03-04T05:06:07Z',
      ],
      env,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const dry = JSON.parse(stdout) as DryRun;
    expect(dry.url).toBe('https://abc123.execute-api.us-east-1.amazonaws.com/prod//items//');
    expect(dry.canonicalRequest.split('\n')[1]).toBe('/prod/items/');
    if (!hasBotocore) return;
    const headers = Object.entries(
      Array.isArray(dry.headers) ? Object.fromEntries(dry.headers) : dry.headers,
    ).filter(([name]) => !/^(authorization|x-amz-date|host)$/i.test(name));
    const botocore = spawnSync('python3', [SCRIPT], {
      input: JSON.stringify([
        {
          method: dry.method,
          url: dry.url,
          headers,
          bodyBase64: '',
          signingName: 'execute-api',
          region: 'us-east-1',
          s3: false,
          timestamp: '2026-03-04T05:06:07Z',
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
          },
        },
      ]),
      encoding: 'utf8',
    });
    const [theirs] = JSON.parse(botocore.stdout) as { canonicalRequest: string }[];
    expect(dry.canonicalRequest).toBe(theirs?.canonicalRequest);
  });
});
