import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionData, RequestFile } from '../schema';
import { collectionDataSchema } from '../schema';
import { serializeFile } from '../serialize';
import { exportCurl } from './curl-export';
import { detectFormat, importCollection } from './detect';
import { exportPostman } from './postman-export';

const FIXTURES = join(import.meta.dirname, '../../../../test/fixtures/collections');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const PLANTED = /Planted[A-Za-z]*(Secret|SessionToken)/;

// What must survive any round trip: the request as it goes on the wire, and where it is signed for.
function wire(data: CollectionData): Array<Record<string, unknown>> {
  return data.requests.map(({ request }: { request: RequestFile }) => ({
    name: request.name,
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    body: request.body,
    region: request.region ?? data.collection.region,
    service: request.service ?? data.collection.service,
    endpoint: request.endpoint,
  }));
}

describe('format detection', () => {
  it('recognises each format from the content', () => {
    expect(detectFormat(fixture('postman-v21.json'))).toBe('postman-v2.1');
    expect(detectFormat(fixture('postman-v20.json'))).toBe('postman-v2.0');
    expect(detectFormat(fixture('insomnia-v4.json'))).toBe('insomnia-v4');
    expect(detectFormat(fixture('commands.curl'))).toBe('curl');
    expect(detectFormat('{"hello": 1}')).toBeUndefined();
    expect(() => importCollection('not a collection')).toThrow(/not a Postman/);
  });
});

describe('Postman import', () => {
  const result = importCollection(fixture('postman-v21.json'));

  it('keeps nested folders, variables, bodies and awsv4 auth, and takes the keys out', () => {
    expect(result.data.collection.folders).toEqual(['Tables', 'Tables/Admin']);
    expect(result.data.requests.map((r) => [r.slug, r.request.folder])).toEqual([
      ['list-tables', 'Tables'],
      ['describe-table', 'Tables/Admin'],
      ['get-object-from-emulator', ''],
    ]);
    const [list, describeTable, object] = result.data.requests.map((r) => r.request);
    expect(list).toMatchObject({
      region: '{{region}}',
      service: 'dynamodb',
      body: { kind: 'text', text: '{"Limit": {{limit}}}' },
      credentialId: 'import:1',
    });
    expect(list?.endpoint).toBeUndefined();
    expect(describeTable?.headers.map(([name]) => name)).toEqual(['Content-Type', 'X-Amz-Target']);
    expect(object).toMatchObject({
      endpoint: 'http://127.0.0.1:5000',
      path: '/my-bucket/folder/my key.txt',
      query: [
        ['versionId', '3'],
        ['acl', null],
      ],
      authInQuery: true,
      credentialId: 'import:2',
    });
    expect(result.secrets.map((s) => [s.ref, s.accessKeyId, Boolean(s.sessionToken)])).toEqual([
      ['import:1', 'AKIAPLANTEDVARIABLE1', true],
      ['import:2', 'AKIAPLANTEDLITERAL01', false],
    ]);
    expect(result.data.collection.environments[0]?.variables).toContainEqual({
      name: 'region',
      value: 'eu-west-1',
    });
    expect(result.notes.map((n) => n.message)).toContainEqual(
      expect.stringContaining('X-Amz-Date'),
    );
    expect(result.notes.map((n) => n.message)).toContainEqual(expect.stringContaining('script'));
  });

  it('reads v2.0 auth objects', () => {
    const v20 = importCollection(fixture('postman-v20.json'));
    expect(v20.data.requests[0]?.request).toMatchObject({
      region: 'eu-central-1',
      service: 'sqs',
      query: [
        ['Action', 'ListQueues'],
        ['Version', '2012-11-05'],
      ],
      credentialId: 'import:1',
    });
    expect(v20.secrets[0]).toMatchObject({
      accessKeyId: 'AKIAPLANTEDV20KEY001',
      sessionToken: 'PlantedV20SessionToken//zzzz',
    });
  });

  it('writes no secret into the collection', () => {
    for (const name of [
      'postman-v21.json',
      'postman-v20.json',
      'insomnia-v4.json',
      'commands.curl',
    ]) {
      const imported = importCollection(fixture(name));
      expect(collectionDataSchema.parse(imported.data)).toBeTruthy();
      expect(serializeFile(imported.data)).not.toMatch(PLANTED);
      expect(imported.secrets.length).toBeGreaterThan(0);
    }
  });
});

describe('Insomnia import', () => {
  const result = importCollection(fixture('insomnia-v4.json'));

  it('keeps folder chains, environments, parameters and iam auth', () => {
    expect(result.data.collection.name).toBe('Lambda functions');
    const [list, invoke] = result.data.requests.map((r) => r.request);
    expect(list).toMatchObject({
      folder: 'Functions/Reading',
      region: '{{region}}',
      service: 'lambda',
      path: '/2015-03-31/functions/',
      query: [['MaxItems', '{{pageSize}}']],
    });
    expect(invoke).toMatchObject({
      folder: 'Functions',
      method: 'POST',
      body: { kind: 'text', text: '{"hello": "world"}' },
    });
    expect(list?.credentialId).toBe(invoke?.credentialId);
    // The IAM key, and the secret-looking environment value: both go to the credential store.
    expect(result.secrets.map((s) => s.kind)).toEqual(['aws', 'variable']);
    expect(result.data.collection.environments[0]?.variables).toEqual([
      { name: 'region', value: 'eu-west-1' },
      { name: 'pageSize', value: '10' },
      { name: 'apiSecret', secret: { credentialId: 'import:2', field: 'secretAccessKey' } },
    ]);
  });
});

describe('cURL import', () => {
  const result = importCollection(fixture('commands.curl'));

  it('reads --aws-sigv4, --user, headers, data and -G', () => {
    const [list, identity, object] = result.data.requests.map((r) => r.request);
    expect(list).toMatchObject({
      name: 'List tables',
      method: 'POST',
      region: 'eu-west-1',
      service: 'dynamodb',
      body: { kind: 'text', text: '{"Limit": 3}' },
      credentialId: 'import:1',
    });
    expect(list?.headers.map(([n]) => n)).toEqual(['Content-Type', 'X-Amz-Target']);
    expect(identity).toMatchObject({
      name: 'Get caller identity',
      method: 'GET',
      service: 'sts',
      query: [
        ['Action', 'GetCallerIdentity'],
        ['Version', '2011-06-15'],
      ],
    });
    expect(identity?.credentialId).toBeUndefined();
    expect(object).toMatchObject({
      name: 'Request 3',
      endpoint: 'http://127.0.0.1:5000',
      path: '/bucket/a b.txt',
      query: [['versionId', '7']],
    });
    expect(result.secrets[0]).toEqual({
      ref: 'import:1',
      label: 'Imported key List tables',
      kind: 'aws',
      accessKeyId: 'AKIAPLANTEDCURLKEY01',
      secretAccessKey: 'PlantedCurlSecret/abcdefghijklmn',
      sessionToken: 'PlantedCurlSessionToken//abc',
    });
    // The same key without the session token is a different credential.
    expect(result.secrets[1]).toMatchObject({
      ref: 'import:2',
      accessKeyId: 'AKIAPLANTEDCURLKEY01',
    });
    expect(object?.credentialId).toBe('import:2');
    expect(result.notes.map((n) => n.message)).toContainEqual(expect.stringContaining('-s'));
  });
});

describe('round trips', () => {
  const sources = ['postman-v21.json', 'postman-v20.json', 'insomnia-v4.json', 'commands.curl'];

  it.each(sources)(
    '%s → Postman v2.1 → back keeps region, service, method, URL, headers and body',
    (name) => {
      const first = importCollection(fixture(name)).data;
      const exported = exportPostman(first);
      expect(exported.text).not.toMatch(PLANTED);
      const again = importCollection(exported.text);
      expect(again.format).toBe('postman-v2.1');
      expect(wire(again.data)).toEqual(wire(first));
      expect(again.data.requests.map((r) => r.request.folder)).toEqual(
        first.requests.map((r) => r.request.folder),
      );
      expect(
        again.data.collection.environments[0]?.variables.filter((v) => 'value' in v && v.value),
      ).toEqual(
        first.collection.environments[0]?.variables.filter((v) => 'value' in v && v.value) ?? [],
      );
      const auth = (JSON.parse(exported.text) as { item: unknown[] }).item;
      expect(JSON.stringify(auth)).toContain('"value":"{{secretKey}}"');
    },
  );

  it.each(sources)(
    '%s → curl → back keeps region, service, method, URL, headers and body (variables filled)',
    (name) => {
      const first = importCollection(fixture(name)).data;
      const exported = exportCurl(first);
      expect(exported.text).not.toMatch(PLANTED);
      expect(exported.text).toContain('--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
      const again = importCollection(exported.text).data;
      const values = new Map(
        first.collection.environments[0]?.variables.flatMap((v) =>
          'value' in v ? [[v.name, v.value] as const] : [],
        ),
      );
      const fill = (text: unknown): unknown =>
        typeof text === 'string'
          ? text.replace(/\{\{(\w+)\}\}/g, (w, n: string) => values.get(n) ?? w)
          : text;
      const filled = wire(first).map(
        (r) =>
          JSON.parse(JSON.stringify(r), (_k, v: unknown) => fill(v)) as Record<string, unknown>,
      );
      // curl --aws-sigv4 signs the query as written, so the export writes it sorted as SigV4 does.
      const sorted = (rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> =>
        rows.map((r) => ({
          ...r,
          query: [...(r.query as string[][])].sort((a, b) =>
            `${a[0]}=${a[1]}` < `${b[0]}=${b[1]}` ? -1 : 1,
          ),
        }));
      expect(wire(again)).toEqual(sorted(filled));
      expect(importCollection(exported.text).secrets).toEqual([]);
    },
  );

  it('lists what Postman cannot hold instead of dropping it silently', () => {
    const data = importCollection(fixture('commands.curl')).data;
    const [first] = data.requests;
    if (!first) throw new Error('no request');
    first.request.structureDecisions = {
      customNames: { a: 'B' },
      excluded: [],
      included: [],
      studioProVersion: 10,
    };
    first.request.operation = 'ListTables';
    const notes = exportPostman(data).notes.map((n) => n.message);
    expect(notes).toContainEqual(expect.stringContaining('structure decisions'));
    expect(notes).toContainEqual(expect.stringContaining('ListTables'));
    expect(notes).toContainEqual(expect.stringContaining('import:1'));
  });
});
