import { describe, expect, it } from 'vitest';
import { toRequestSpec } from '../spec';
import { importCollection } from './detect';

const only = (text: string) => {
  const result = importCollection(text);
  return { ...result, request: result.data.requests[0]?.request };
};

describe('curl as curl parses it', () => {
  it('reads attached and clustered short options, so an OpenSearch _search GET keeps its body', () => {
    const { request } = only(
      `curl -sXGET -H'Content-Type: application/json' localhost:9200/idx/_search -d'{"query":{"match_all":{}}}'`,
    );
    expect(request).toMatchObject({
      method: 'GET',
      endpoint: 'http://localhost:9200',
      path: '/idx/_search',
      headers: [['Content-Type', 'application/json']],
      body: { kind: 'text', text: '{"query":{"match_all":{}}}' },
      auth: { type: 'none' },
    });
  });

  it('skips #!, prompts and export lines, keeps $VAR as {{VAR}} and offers AWS keys to the store', () => {
    const script = [
      '#!/bin/bash',
      'export AWS_ACCESS_KEY_ID=AKIAPLANTEDEXPORT001',
      'export AWS_SECRET_ACCESS_KEY="PlantedExportSecret/abcdefgh"',
      'export URL=https://abc.execute-api.eu-west-1.amazonaws.com/prod/',
      '$ curl --aws-sigv4 "aws:amz:eu-west-1:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" "${URL}api/health"',
    ].join('\n');
    const { request, secrets, data } = only(script);
    expect(request).toMatchObject({
      endpoint: '{{URL}}',
      path: '/api/health',
      auth: { type: 'sigv4' },
    });
    expect(secrets.map((s) => s.accessKeyId)).toEqual(['AKIAPLANTEDEXPORT001']);
    expect(JSON.stringify(data)).not.toContain('PlantedExportSecret');
    const built = toRequestSpec(data.collection, request!, data.collection.environments[0]);
    expect(built).toMatchObject({
      ok: true,
      spec: {
        endpoint: 'https://abc.execute-api.eu-west-1.amazonaws.com',
        path: '/prod/api/health',
        region: 'eu-west-1',
        service: 'execute-api',
      },
    });
  });

  it('encodes --data-urlencode and reads bearer headers and --user as auth, never SigV4', () => {
    const { data, secrets } = importCollection(
      [
        `curl --data-urlencode 'q=hello world&more' https://example.com/search`,
        `curl -H 'Authorization: Bearer abc.def.ghi' https://api.example.com/me`,
        `curl -u alice:s3cret https://api.example.com/basic`,
      ].join('\n'),
    );
    const [search, bearer, basic] = data.requests.map((r) => r.request);
    expect(search?.body).toEqual({ kind: 'text', text: 'q=hello%20world%26more' });
    expect(bearer).toMatchObject({
      headers: [],
      auth: { type: 'bearer', credentialId: 'import:1' },
    });
    expect(basic).toMatchObject({
      auth: { type: 'basic', username: 'alice', credentialId: 'import:2' },
    });
    expect(secrets.map((s) => s.kind)).toEqual(['bearer', 'basic']);
    expect(JSON.stringify(data)).not.toMatch(/abc\.def\.ghi|s3cret/);
  });
});

describe('Postman as Postman reads it', () => {
  const collection = (request: object, extra: object = {}) =>
    JSON.stringify({
      info: { name: 'c', schema: 'v2.1.0' },
      item: [{ name: 'r', request }],
      ...extra,
    });

  it('builds the URL from its parts when raw is empty, and path variables become variables with values', () => {
    const { request, data } = only(
      collection({
        method: 'GET',
        url: {
          raw: '',
          protocol: 'https',
          host: ['sts', 'amazonaws', 'com'],
          path: ['users', ':id'],
          variable: [{ key: 'id', value: '42' }],
        },
      }),
    );
    expect(request).toMatchObject({
      path: '/users/{{id}}',
      service: 'sts',
      auth: { type: 'none' },
    });
    expect(data.collection.environments[0]?.variables).toContainEqual({ name: 'id', value: '42' });
  });

  it('keeps a base-URL variable as the endpoint instead of a path segment', () => {
    const { request } = only(
      collection(
        { method: 'GET', url: '{{baseUrl}}/api/customers' },
        { variable: [{ key: 'baseUrl', value: 'https://x.example' }] },
      ),
    );
    expect(request).toMatchObject({ endpoint: '{{baseUrl}}', path: '/api/customers' });
  });

  it('names an empty SigV4 region, adds the JSON Content-Type Postman sends, and groups repeated notes', () => {
    const items = Array.from({ length: 944 }, (_, i) => ({
      name: `r${i}`,
      event: [{ listen: 'prerequest', script: { exec: ['pm.environment.set("x", 1)'] } }],
      request: {
        method: 'POST',
        url: 'https://healthlake.us-east-1.amazonaws.com/x',
        body: { mode: 'raw', raw: '{}', options: { raw: { language: 'json' } } },
        auth: { type: 'awsv4', awsv4: [{ key: 'region', value: '' }] },
      },
    }));
    const result = importCollection(
      JSON.stringify({ info: { name: 'c', schema: 'v2.1.0' }, item: items }),
    );
    expect(result.data.requests[0]?.request.headers).toEqual([
      ['Content-Type', 'application/json'],
    ]);
    expect(result.data.requests.every((r) => r.request.region === 'us-east-1')).toBe(true);
    const scripts = result.notes.filter((n) => n.message.includes('script'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.where).toMatch(/^944 requests \(r0, r1, r2, …\)$/);
    expect(result.notes.some((n) => n.message.includes('empty region'))).toBe(true);
  });
});

describe('Insomnia v5 and Postman environments', () => {
  it('imports an Insomnia v5 YAML collection with its folders and environments', () => {
    const yaml = `type: collection.insomnia.rest/5.0
name: Pets
collection:
  - name: Admin
    children:
      - name: Delete pet
        method: DELETE
        url: "{{ _.base_url }}/pets/1"
        authentication:
          type: bearer
          token: "{{ _.token }}"
environments:
  name: Base
  data:
    base_url: https://api.test
`;
    const { request, data, format } = only(yaml);
    expect(format).toBe('insomnia-v5');
    expect(request).toMatchObject({
      folder: 'Admin',
      method: 'DELETE',
      endpoint: '{{base_url}}',
      path: '/pets/1',
      auth: { type: 'bearer', token: '{{token}}' },
    });
    expect(data.collection.environments[0]?.variables).toContainEqual({
      name: 'base_url',
      value: 'https://api.test',
    });
  });

  it('imports a Postman environment file, its secret value kept out', () => {
    const env = JSON.stringify({
      name: 'Prod',
      _postman_variable_scope: 'environment',
      values: [
        { key: 'baseUrl', value: 'https://x', enabled: true },
        { key: 'token', value: 'PlantedEnvToken123', type: 'secret', enabled: true },
      ],
    });
    const result = importCollection(env);
    expect(result.format).toBe('postman-environment');
    expect(result.data.collection.environments[0]?.variables).toEqual([
      { name: 'baseUrl', value: 'https://x' },
      { name: 'token', secret: { credentialId: 'import:1', field: 'secretAccessKey' } },
    ]);
    expect(JSON.stringify(result.data)).not.toContain('PlantedEnvToken123');
  });
});
