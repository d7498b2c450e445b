import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './cli-capture';
import { freePort, motoSkipReason, startMoto } from './moto';
import type { Moto } from './moto';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const skipReason = motoSkipReason();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a separate process, the way a script would. */
function spawnCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/connector-studio.js', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, ...out }));
  });
}

describe.skipIf(skipReason !== undefined)(
  `connector-studio send against moto with signature checking${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    let env: NodeJS.ProcessEnv;
    let dir: string;
    const base = () => ['send', '--region', 'us-east-1', '--endpoint', moto.endpoint];

    beforeAll(async () => {
      const build = spawnSync(process.execPath, ['build/build.mjs', '--node-only'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
      moto = await startMoto({ auth: true });
      dir = mkdtempSync(join(tmpdir(), 'send-cli-'));
      // No profile files and no instance metadata: only the keys given here can sign.
      env = {
        PATH: process.env.PATH,
        HOME: dir,
        AWS_CONFIG_FILE: join(dir, 'none-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none-credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ACCESS_KEY_ID: moto.accessKeyId,
        AWS_SECRET_ACCESS_KEY: moto.secretAccessKey,
      };
    });
    afterAll(async () => {
      await moto?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('spawned: STS GetCallerIdentity with --format json prints the parsed XML body', async () => {
      const run = await spawnCli(
        [...base(), '--service', 'sts', '--operation', 'GetCallerIdentity', '--format', 'json'],
        env,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as {
        status: number;
        headers: Record<string, string>;
        body: Record<string, { GetCallerIdentityResult: { Arn: string } }>;
      };
      expect(out.status).toBe(200);
      expect(out.body.GetCallerIdentityResponse?.GetCallerIdentityResult.Arn).toMatch(
        /user\/connector-studio$/,
      );
    });

    it('spawned: a wrong secret exits 1 with SignatureDoesNotMatch and our canonical request on stderr', async () => {
      const run = await spawnCli([...base(), '--service', 's3', '--method', 'GET', '--path', '/'], {
        ...env,
        AWS_SECRET_ACCESS_KEY: 'wrong-secret-0123456789',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('SignatureDoesNotMatch');
      expect(run.stderr).toContain('GET\n/\n');
      expect(run.stderr).not.toContain('wrong-secret-0123456789');
    });

    it.each([
      ['dynamodb', 'ListTables', '"TableNames"'],
      ['sqs', 'ListQueues', '200 OK'],
      ['ec2', 'DescribeRegions', '<regionName>us-east-1</regionName>'],
    ])('in-process: %s %s succeeds', async (service, operation, expected) => {
      const run = await runCaptured(
        [...base(), '--service', service, '--operation', operation],
        env,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(expected);
    });

    it('in-process: S3 CreateBucket, PutObject from --body-file, GetObject to --output, ListBuckets', async () => {
      const bucket = 'cli-bucket';
      expect(
        (
          await runCaptured(
            [...base(), '--service', 's3', '--method', 'PUT', '--path', `/${bucket}`],
            env,
          )
        ).code,
      ).toBe(0);
      const source = join(dir, 'source.bin');
      const bytes = Buffer.from([0, 1, 2, 254, 255, 13, 10, 0x7b]);
      writeFileSync(source, bytes);
      const key = 'folder/a key with spaces?.bin';
      const put = await runCaptured(
        [
          ...base(),
          '--service',
          's3',
          '--method',
          'PUT',
          '--path',
          `/${bucket}/${key}`,
          '--body-file',
          source,
        ],
        env,
      );
      expect(put.stderr).toBe('');
      expect(put.code).toBe(0);
      const target = join(dir, 'target.bin');
      const get = await runCaptured(
        [
          ...base(),
          '--service',
          's3',
          '--method',
          'GET',
          '--path',
          `/${bucket}/${key}`,
          '--output',
          target,
          '--format',
          'json',
        ],
        env,
      );
      expect(get.code).toBe(0);
      expect(readFileSync(target).equals(bytes)).toBe(true);
      // A body that cannot be written is the local disk's failure (5), not the service's (1).
      const unwritable = await runCaptured(
        [
          ...base(),
          '--service',
          's3',
          '--method',
          'GET',
          '--path',
          `/${bucket}/${key}`,
          '--output',
          join(dir, 'nonexistent', 'x'),
        ],
        env,
      );
      expect(unwritable.code).toBe(5);
      expect(unwritable.stderr).toContain('Could not save the response body');
      const list = await runCaptured(
        [...base(), '--service', 's3', '--method', 'GET', '--path', '/', '--format', 'json'],
        env,
      );
      expect(JSON.stringify(JSON.parse(list.stdout).body)).toContain(bucket);
    });

    it('in-process: --dry-run with --signing-date is byte-for-byte reproducible and sends nothing', async () => {
      const args = [
        ...base(),
        '--service',
        'dynamodb',
        '--operation',
        'ListTables',
        '--signing-date',
        '2025-05-06T07:08:09Z',
        '--dry-run',
      ];
      const first = await runCaptured(args, env);
      const second = await runCaptured(args, env);
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      const view = JSON.parse(first.stdout) as Record<string, unknown>;
      expect(Object.keys(view)).toEqual([
        'method',
        'url',
        'headers',
        'body',
        'canonicalRequest',
        'stringToSign',
        'signedHeaders',
      ]);
      expect(first.stdout).not.toContain(moto.secretAccessKey);
    });

    it('in-process: exit codes 2 (usage), 3 (credentials) and 4 (network)', async () => {
      expect(
        (await runCaptured(['send', '--service', 's3', '--method', 'GET', '--path', '/'], env))
          .code,
      ).toBe(2);
      const noProfile = await runCaptured(
        [...base(), '--service', 's3', '--method', 'GET', '--path', '/', '--profile', 'missing'],
        env,
      );
      expect(noProfile.code).toBe(3);
      const closed = await freePort();
      const network = await runCaptured(
        [
          'send',
          '--region',
          'us-east-1',
          '--endpoint',
          `http://127.0.0.1:${closed}`,
          '--service',
          's3',
          '--method',
          'GET',
          '--path',
          '/',
        ],
        env,
      );
      expect(network.code).toBe(4);
    });
  },
);
