import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection } from '../../../shared/domain/collection';
import type { CollectionData } from '../../../shared/domain/collection';
import { runCaptured } from '../../../test/cli-capture';
import { motoSkipReason, startMoto } from '../../../test/moto';
import type { Moto } from '../../../test/moto';
import { saveCollection } from '../../services/storage/collection-store';
import { listSamples } from '../../services/storage/sample-store';

const skipReason = motoSkipReason();
const JSON_10 = 'application/x-amz-json-1.0';

function dynamoCollection(): CollectionData {
  const data = newCollection({ name: 'Dynamo', service: 'dynamodb', region: 'us-east-1' });
  data.collection.environments = [
    { name: 'local', variables: [{ name: 'table', value: 'NoSuchTable' }] },
  ];
  data.requests = [
    {
      slug: 'list-tables',
      request: {
        formatVersion: FORMAT_VERSION,
        name: 'List tables',
        folder: '',
        method: 'POST',
        path: '/',
        query: [],
        headers: [
          ['Content-Type', JSON_10],
          ['X-Amz-Target', 'DynamoDB_20120810.ListTables'],
        ],
        body: { kind: 'text', text: '{}' },
      },
    },
    {
      slug: 'describe',
      request: {
        formatVersion: FORMAT_VERSION,
        name: 'Describe missing',
        folder: '',
        method: 'POST',
        path: '/',
        query: [],
        headers: [
          ['Content-Type', JSON_10],
          ['X-Amz-Target', 'DynamoDB_20120810.DescribeTable'],
        ],
        body: { kind: 'text', text: '{"TableName": "{{table}}"}' },
      },
    },
  ];
  data.collection.order = ['list-tables', 'describe'];
  return data;
}

describe.skipIf(skipReason !== undefined)(
  `connector-studio run against moto${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    let dir: string;
    let env: NodeJS.ProcessEnv;

    beforeAll(async () => {
      moto = await startMoto({ auth: true });
      dir = mkdtempSync(join(tmpdir(), 'cli-run-'));
      await saveCollection(dir, dynamoCollection());
      env = {
        AWS_ACCESS_KEY_ID: moto.accessKeyId,
        AWS_SECRET_ACCESS_KEY: moto.secretAccessKey,
        HOME: dir,
        AWS_CONFIG_FILE: join(dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      };
    });
    afterAll(async () => {
      await moto?.stop();
    });

    it('sends ListTables signed, reports 200 and saves the sample', async () => {
      const result = await runCaptured(
        ['run', dir, '--request', 'List tables', '--endpoint', moto.endpoint, '--save-samples'],
        env,
      );
      expect(result.stdout).toMatch(/^200 POST List tables \(\d+ ms\)$/m);
      expect(result.code).toBe(0);
      const [sample] = await listSamples(dir, 'list-tables');
      expect(JSON.parse(readFileSync(sample as string, 'utf8'))).toMatchObject({
        status: 200,
        body: { kind: 'text', text: expect.stringContaining('TableNames') },
      });
    });

    it('exits 1 when a request fails, after running the others', async () => {
      const result = await runCaptured(['run', dir, '--endpoint', moto.endpoint], env);
      expect(result.stdout).toMatch(/^200 POST List tables/m);
      expect(result.stdout).toMatch(/^400 POST Describe missing .*ResourceNotFoundException/m);
      expect(result.stdout).toContain('1 of 2 request(s) succeeded.');
      expect(result.code).toBe(1);
    });

    it('fails a request signed with the wrong key', async () => {
      const result = await runCaptured(
        ['run', dir, '--request', 'list-tables', '--endpoint', moto.endpoint],
        { ...env, AWS_SECRET_ACCESS_KEY: 'wrong-secret-wrong-secret-wrong-secret00' },
      );
      expect(result.stdout).toMatch(/^403 POST List tables/m);
      expect(result.code).toBe(1);
    });
  },
);
