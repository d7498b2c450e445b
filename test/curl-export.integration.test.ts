import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestAuth } from '../shared/ipc/operations/auth';
import { newCollection } from '../shared/domain/collection/new-collection';
import type { CollectionData } from '../shared/domain/collection/schema';
import { FORMAT_VERSION } from '../shared/domain/collection/schema';
import { exportCurl } from '../shared/domain/collection/formats/curl-export';
import { encodePath, joinQuery } from '../shared/domain/collection/formats/url';

// What reached the loopback recorder, byte for byte.
interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const run = promisify(execFile);
const recorded: Recorded[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Case = {
  name: string;
  method: string;
  path: string;
  query: Array<[string, string | null]>;
  headers: Array<[string, string]>;
  body?: string;
  auth: RequestAuth;
};

const CASES: Case[] = [
  {
    name: 'json post',
    method: 'POST',
    path: '/api/customers',
    query: [
      ['b', '2'],
      ['a', 'x y'],
    ],
    headers: [
      ['Content-Type', 'application/json'],
      ['X-Trace', 'a "quoted" $HOME value'],
    ],
    body: '{"name":"Dav\'id","note":"$(rm -rf /) `x` \\\\ ü","n":1}\n',
    auth: { type: 'none' },
  },
  {
    name: 'opensearch get with body',
    method: 'GET',
    path: '/idx/_search',
    query: [],
    headers: [['Content-Type', 'application/json']],
    body: '{"query":{"match_all":{}}}',
    auth: { type: 'none' },
  },
  {
    name: 'bearer from the shell',
    method: 'DELETE',
    path: '/items/{{id}}',
    query: [],
    headers: [],
    auth: { type: 'bearer', token: '{{token}}' },
  },
  {
    name: 'api key in query',
    method: 'GET',
    path: '/search',
    query: [['q', 'a&b=c']],
    headers: [],
    auth: { type: 'apikey', key: 'api_key', in: 'query', value: '{{key}}' },
  },
];

function collection(): CollectionData {
  const data = newCollection({ name: 'recorder', service: 'execute-api', region: 'eu-west-1' });
  data.requests = CASES.map((c, i) => ({
    slug: `r${i}`,
    request: {
      formatVersion: FORMAT_VERSION,
      name: c.name,
      folder: '',
      method: c.method,
      endpoint: origin,
      path: c.path,
      query: c.query,
      headers: c.headers,
      ...(c.body === undefined ? {} : { body: { kind: 'text' as const, text: c.body } }),
      auth: c.auth,
    },
  }));
  data.collection.environments = [{ name: 'dev', variables: [{ name: 'id', value: '42' }] }];
  return data;
}

describe('exported curl commands, run by the curl binary against a loopback recorder', () => {
  it('send method, path, headers and body byte-equal to the request', async () => {
    const { text } = exportCurl(collection());
    // Variables the environment leaves empty are read from the shell, as the export says.
    await run('bash', ['-c', text.replace(/^curl /gm, 'curl -s -o /dev/null ')], {
      env: { PATH: process.env.PATH ?? '', token: 'tok-123', key: 'k&1' },
    });
    expect(recorded).toHaveLength(CASES.length);
    const [post, search, bearer, apikey] = recorded as [Recorded, Recorded, Recorded, Recorded];

    expect(post.method).toBe('POST');
    expect(post.url).toBe(`${encodePath('/api/customers')}${joinQuery(CASES[0]!.query)}`);
    expect(post.headers['x-trace']).toBe('a "quoted" $HOME value');
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.body.equals(Buffer.from(CASES[0]!.body!, 'utf8'))).toBe(true);

    expect(search.method).toBe('GET');
    expect(search.url).toBe('/idx/_search');
    expect(search.body.toString('utf8')).toBe('{"query":{"match_all":{}}}');

    expect(bearer.method).toBe('DELETE');
    expect(bearer.url).toBe('/items/42');
    expect(bearer.headers.authorization).toBe('Bearer tok-123');
    expect(bearer.body.length).toBe(0);

    expect(apikey.url).toBe(
      `/search${joinQuery([
        ['q', 'a&b=c'],
        ['api_key', 'k&1'],
      ])}`,
    );
    expect(apikey.headers.authorization).toBeUndefined();
  });
});
