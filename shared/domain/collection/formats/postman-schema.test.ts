import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { RequestAuth } from '../../../ipc/operations/auth';
import { newCollection } from '../new-collection';
import { FORMAT_VERSION } from '../schema';
import { importCollection } from './detect';
import { exportPostman } from './postman-export';

// Postman's own v2.1.0 collection schema (test/fixtures/postman-schema/SOURCE.md says where from).
const FIXTURES = join(import.meta.dirname, '../../../../test/fixtures');
const schema = JSON.parse(
  readFileSync(join(FIXTURES, 'postman-schema/collection-v2.1.0.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const corpus = readdirSync(join(FIXTURES, 'import-corpus')).filter((n) => n !== 'SOURCES.md');

/** The schema errors of a Postman file, as short lines. */
function errors(text: string): string[] {
  if (validate(JSON.parse(text))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe("exported Postman files pass Postman's v2.1.0 JSON schema", () => {
  it('the schema rejects what Postman would (so a pass means something)', () => {
    expect(errors(JSON.stringify({ info: { name: 'x' }, item: [] }))).not.toEqual([]);
    const bad = {
      info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/' },
      item: [{ name: 'r', request: { method: 'GET', url: 'https://h/', auth: { type: 'sigv4' } } }],
    };
    expect(errors(JSON.stringify(bad))).not.toEqual([]);
  });

  it.each(corpus)('the export of %s', (name) => {
    const data = importCollection(readFileSync(join(FIXTURES, 'import-corpus', name), 'utf8')).data;
    expect(errors(exportPostman(data).text)).toEqual([]);
  });

  it('the export of every auth type, templated URLs, bodies and environments', () => {
    const data = newCollection({ name: 'all auth', service: 'sts', region: 'us-east-1' });
    const auths: RequestAuth[] = [
      { type: 'sigv4' },
      { type: 'none' },
      { type: 'bearer', token: '{{token}}' },
      { type: 'basic', username: '{{user}}', password: '{{pass}}' },
      { type: 'apikey', key: 'x-api-key', in: 'query', value: '{{key}}' },
      { type: 'apikey', key: 'x-api-key', in: 'header', credentialId: 'static:1' },
    ];
    data.requests = auths.map((auth, i) => ({
      slug: `r${i}`,
      request: {
        formatVersion: FORMAT_VERSION,
        name: `r${i}`,
        folder: i % 2 ? 'Folder/Sub' : '',
        method: 'POST',
        endpoint: '{{baseUrl}}',
        path: '/items/{{id}}',
        query: [['q', 'a b']],
        headers: [['X-Trace', '1']],
        body: { kind: 'text', text: '{"a":1}' },
        auth,
      },
    }));
    data.collection.environments = [
      { name: 'dev', variables: [{ name: 'baseUrl', value: 'https://api.example.com' }] },
    ];
    expect(errors(exportPostman(data).text)).toEqual([]);
  });
});
