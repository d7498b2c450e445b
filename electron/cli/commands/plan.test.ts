import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection } from '../../../shared/domain/collection';
import { saveCollection } from '../../services/storage/collection-store';
import { saveSample } from '../../services/storage/sample-store';
import { runCaptured } from '../../../test/cli-capture';

function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCaptured(argv, {}, { cwd: dir, stdin: '' });
}

const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
const polly =
  '{"Voices":[{"Gender":"Female","Id":"Emma","LanguageCode":"en-GB","LanguageName":"British English","Name":"Emma"}]}';
writeFileSync(join(dir, 'voices.json'), polly);
writeFileSync(
  join(dir, 'polly.request.json'),
  JSON.stringify({
    service: 'polly',
    region: 'us-east-1',
    method: 'GET',
    path: '/v1/voices',
    credentialId: 'profile:default',
  }),
);
writeFileSync(join(dir, 'polly.sample.json'), polly);
writeFileSync(
  join(dir, 'tables.request.json'),
  JSON.stringify({
    service: 'dynamodb',
    region: 'us-east-1',
    method: 'POST',
    path: '/',
    headers: [['X-Amz-Target', 'DynamoDB_20120810.ListTables']],
    body: { kind: 'text', text: '{}' },
  }),
);
writeFileSync(join(dir, 'tables.sample.json'), '{"TableNames":["Music"]}');
writeFileSync(
  join(dir, 'bad.request.json'),
  JSON.stringify({ service: 'polly', region: 'us-east-1', method: 'GET', path: '/v1/voices' }),
);
writeFileSync(join(dir, 'bad.sample.json'), '{"Voices":[{"Id":"Emma","Mixed":[1,"a"]}]}');

describe('connector-studio plan', () => {
  it('prints the Polly plan and its findings', async () => {
    const { code, stdout } = await run([
      'plan',
      'voices.json',
      '--service',
      'polly',
      '--method',
      'GET',
      '--path',
      '/v1/voices',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Get_v1_DescribeVoices  [action DescribeVoices, category Amazon Polly]',
    );
    expect(stdout).toContain("Path = '/v1/voices'");
    expect(stdout).toMatch(/Findings: 0 errors/);
  });

  it('plans request/sample pairs as JSON', async () => {
    const { code, stdout } = await run([
      'plan',
      '--request',
      'tables.request.json',
      '--sample',
      'tables.sample.json',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const { plan } = JSON.parse(stdout);
    const list = plan.operations[0].microflow.steps.find(
      (s: { kind: string }) => s.kind === 'header-list',
    );
    expect(list.headers[0]).toEqual({
      name: 'x-amz-target',
      value: 'DynamoDB_20120810.ListTables',
    });
  });

  it('says what is missing', async () => {
    const { code, stderr } = await run(['plan', 'voices.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--service, --method and --path/);
  });
});

async function writeCollection(): Promise<void> {
  const data = newCollection({ name: 'Polly and DynamoDB', service: 'polly', region: 'us-east-1' });
  const base = {
    formatVersion: FORMAT_VERSION as typeof FORMAT_VERSION,
    folder: '',
    query: [] as Array<[string, string | null]>,
    headers: [] as Array<[string, string]>,
  };
  data.requests.push(
    {
      slug: 'voices',
      request: {
        ...base,
        name: 'Voices',
        method: 'GET',
        path: '/v1/voices',
        credentialId: 'profile:default',
      },
    },
    {
      slug: 'tables',
      request: {
        ...base,
        name: 'Tables',
        service: 'dynamodb',
        method: 'POST',
        path: '/',
        headers: [['X-Amz-Target', 'DynamoDB_20120810.ListTables']],
        body: { kind: 'text', text: '{}' },
      },
    },
    { slug: 'unsent', request: { ...base, name: 'Unsent', method: 'GET', path: '/v1/lexicons' } },
  );
  data.collection.order = ['voices', 'tables', 'unsent'];
  const col = join(dir, 'col');
  await saveCollection(col, data);
  const takenAt = new Date('2024-05-01T12:00:00Z');
  await saveSample(col, 'voices', { status: 200, headers: [], body: Buffer.from(polly), takenAt });
  await saveSample(col, 'tables', {
    status: 200,
    headers: [],
    body: Buffer.from('{"TableNames":["Music"]}'),
    takenAt,
  });
}

describe('connector-studio export', () => {
  it('exports a collection folder to the same bytes as its request/sample pairs', async () => {
    await writeCollection();
    const fromCollection = await run([
      'export',
      '--collection',
      'col',
      '--out',
      'col.zip',
      '--check',
    ]);
    expect(fromCollection.code).toBe(0);
    expect(fromCollection.stderr).toContain(
      'note: Unsent: left out, no successful response saved as a sample',
    );
    expect(
      (
        await run([
          'export',
          '--request',
          'polly.request.json',
          '--sample',
          'polly.sample.json',
          '--request',
          'tables.request.json',
          '--sample',
          'tables.sample.json',
          '--out',
          'pairs.zip',
        ])
      ).code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'col.zip')).equals(readFileSync(join(dir, 'pairs.zip')))).toBe(
      true,
    );
  });

  it('writes the same zip twice and passes --check', async () => {
    const args = [
      'export',
      '--request',
      'polly.request.json',
      '--sample',
      'polly.sample.json',
      '--request',
      'tables.request.json',
      '--sample',
      'tables.sample.json',
      '--check',
    ];
    expect((await run([...args, '--out', 'a.zip'])).code).toBe(0);
    expect((await run([...args, '--out', 'b.zip'])).code).toBe(0);
    const a = readFileSync(join(dir, 'a.zip'));
    expect(a.equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
    const entries = Object.keys(unzipSync(a));
    expect(entries).toContain('operations/ListTables/JSON_ListTablesRequest.json');
    expect(
      Buffer.from(unzipSync(a)['operations/DescribeVoices/request.json']!).toString(),
    ).not.toContain('profile:default');
  });

  it('exits 1 with --check when an error finding remains, and writes a folder', async () => {
    const { code, stderr } = await run([
      'export',
      '--request',
      'bad.request.json',
      '--sample',
      'bad.sample.json',
      '--out',
      'out',
      '--check',
    ]);
    expect(stderr).toMatch(/error {3}C15/);
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'connector.json'), 'utf8')).module.name).toBe(
      'AmazonPollyConnector',
    );
  });
});
