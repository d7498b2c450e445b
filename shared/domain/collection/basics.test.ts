import { describe, expect, it } from 'vitest';
import { migrateCollectionFile, migrateRequestFile } from './migrate';
import { collectionFileSchema, requestFileSchema } from './schema';
import { serializeFile } from './serialize';
import { isSafeSlug, slugify, uniqueSlug } from './slug';
import { findVariables, substitute, substituteRequest, unresolvedVariables } from './variables';
import { toRequestSpec } from './spec';
import { newCollection } from './new-collection';

describe('slugs', () => {
  it('makes safe, bounded file names', () => {
    expect(slugify('List Tables (v2)')).toBe('list-tables-v2');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('Überprüfung')).toBe('uberprufung');
    expect(slugify('CON')).toBe('con-request');
    expect(slugify('***')).toBe('request');
    expect(slugify('a'.repeat(500)).length).toBeLessThanOrEqual(80);
    expect(isSafeSlug(slugify('x/..\\y'))).toBe(true);
  });

  it('never clashes, ignoring case', () => {
    expect(uniqueSlug('List', ['list', 'LIST-2'])).toBe('list-3');
    expect(uniqueSlug('Other', ['list'])).toBe('other');
  });
});

describe('stable serialisation', () => {
  it('sorts keys, indents two spaces and ends with a newline, whatever the insertion order', () => {
    const a = serializeFile({ b: 1, a: { d: [1, 2], c: 'x' } });
    const b = serializeFile({ a: { c: 'x', d: [1, 2] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      1,\n      2\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
});

describe('migrations', () => {
  it('brings a version 0 collection file to the current version', () => {
    const result = migrateCollectionFile({
      name: 'Old',
      service: 'sqs',
      defaultRegion: 'eu-west-1',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.from).toBe(0);
      expect(collectionFileSchema.parse(result.value).region).toBe('eu-west-1');
    }
  });

  it('refuses files from a newer app and non-objects', () => {
    expect(migrateRequestFile({ formatVersion: 99 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('newer'),
    });
    expect(migrateRequestFile([1])).toMatchObject({ ok: false });
  });
});

describe('variables', () => {
  const values = new Map([
    ['region', 'eu-west-1'],
    ['table', '{{region}}'],
  ]);

  it('finds and marks unresolved names', () => {
    expect(findVariables('a {{region}} b {{ missing }}', values)).toEqual([
      { name: 'region', start: 2, end: 12, resolved: true },
      { name: 'missing', start: 15, end: 28, resolved: false },
    ]);
  });

  it('substitutes once, leaving unknown names', () => {
    expect(substitute('/{{table}}/{{x}}', values)).toBe('/{{region}}/{{x}}');
  });

  it('fills every part of a request and blocks sending on unresolved names', () => {
    const collection = newCollection({
      name: 'C',
      service: 'dynamodb',
      region: 'us-east-1',
    }).collection;
    const request = {
      formatVersion: 1 as const,
      name: 'R',
      folder: '',
      method: 'POST',
      path: '/{{p}}',
      query: [['q', '{{v}}']] as Array<[string, string | null]>,
      headers: [['X-H', '{{h}}']] as Array<[string, string]>,
      body: { kind: 'text' as const, text: '{"T":"{{t}}"}' },
    };
    expect(unresolvedVariables(request, new Map())).toEqual(['p', 'v', 'h', 't']);
    const env = {
      name: 'dev',
      variables: [
        { name: 'p', value: 'path' },
        { name: 'v', value: '1' },
        { name: 'h', value: 'hv' },
        { name: 't', value: 'Music' },
      ],
    };
    const result = toRequestSpec(collection, request, env);
    expect(result).toEqual({
      ok: true,
      spec: {
        region: 'us-east-1',
        service: 'dynamodb',
        method: 'POST',
        path: '/path',
        query: [['q', '1']],
        headers: [['X-H', 'hv']],
        body: { kind: 'text', text: '{"T":"Music"}' },
      },
    });
    expect(toRequestSpec(collection, request)).toEqual({
      ok: false,
      unresolved: ['p', 'v', 'h', 't'],
    });
    const withSecret = {
      name: 'dev',
      variables: [
        ...env.variables.filter((v) => v.name !== 'h'),
        { name: 'h', secret: { credentialId: 'profile:dev', field: 'sessionToken' as const } },
      ],
    };
    const secret = toRequestSpec(collection, request, withSecret);
    expect(secret.ok && [secret.spec.headers, secret.spec.secretVariables]).toEqual([
      [['X-H', '{{h}}']],
      [{ name: 'h', credentialId: 'profile:dev', field: 'sessionToken' }],
    ]);
    expect(substituteRequest(request, new Map([['p', 'x']])).path).toBe('/x');
  });
});

describe('request files', () => {
  it('keep a switched-off model-complete mode in the structure decisions', () => {
    const file = {
      formatVersion: 1,
      name: 'DescribeVoices',
      method: 'GET',
      path: '/v1/voices',
      structureDecisions: { studioProVersion: 10, sampleOnly: true },
    };
    const parsed = requestFileSchema.parse(file);
    expect(parsed.structureDecisions?.sampleOnly).toBe(true);
    expect(
      requestFileSchema.safeParse({ ...file, structureDecisions: { sampleOnly: 'yes' } }).success,
    ).toBe(false);
  });
});
