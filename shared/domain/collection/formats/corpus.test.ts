import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Collection } from 'postman-collection';
import { describe, expect, it } from 'vitest';
import type { CollectionData } from '../schema';
import { collectionDataSchema } from '../schema';
import { serializeFile } from '../serialize';
import { substitute } from '../variables';
import { exportCurl } from './curl-export';
import { importCollection } from './detect';
import { exportPostman } from './postman-export';

// Public third-party files (see SOURCES.md there): what users really export and paste.
const CORPUS = join(import.meta.dirname, '../../../../test/fixtures/import-corpus');
const files = readdirSync(CORPUS).filter((name) => name !== 'SOURCES.md');
const read = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');
const SIGV4_SOURCE = /awsv4|type:\s*iam|"type":\s*"iam"|--aws-sigv4/;

function shape(data: CollectionData): Array<Record<string, unknown>> {
  return data.requests.map(({ request }) => ({
    name: request.name,
    method: request.method,
    endpoint: request.endpoint,
    path: request.path,
    query: request.query,
    headers: request.headers,
    body: request.body,
    auth: request.auth?.type,
    region: request.region,
    service: request.service,
  }));
}

/** Postman's names for the auth types whose names differ from ours. */
const postmanAuthType: Partial<Record<string, string>> = { sigv4: 'awsv4', none: 'noauth' };

describe('the import corpus', () => {
  it('holds the corpus files', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)(
    '%s imports with a grouped report, no secret written, nothing signed that was not',
    (name) => {
      const text = read(name);
      const result = importCollection(text);
      expect(collectionDataSchema.safeParse(result.data).success).toBe(true);
      expect(result.data.requests.length).toBeGreaterThan(0);
      const keys = result.notes.map((n) => `${n.kind} ${n.message}`);
      expect(new Set(keys).size).toBe(keys.length);
      // A short value like "test" is also an ordinary word of the file (the key's own name here).
      for (const secret of result.secrets)
        if (secret.secretAccessKey.length >= 8)
          expect(serializeFile(result.data)).not.toContain(secret.secretAccessKey);
      if (!SIGV4_SOURCE.test(text))
        expect(
          result.data.requests.filter((r) => (r.request.auth?.type ?? 'sigv4') === 'sigv4'),
        ).toEqual([]);
    },
  );

  it.each(files)('%s → Postman → back keeps requests, URLs, auth, variables and bodies', (name) => {
    const first = importCollection(read(name)).data;
    const exported = exportPostman(first);
    const again = importCollection(exported.text).data;
    expect(shape(again)).toEqual(shape(first));
    const names = (d: CollectionData): string[] =>
      (d.collection.environments[0]?.variables ?? []).map((v) => v.name).sort();
    expect(names(again)).toEqual(expect.arrayContaining(names(first)));
    // Postman's own SDK reads the export: the same URLs and the same auth types.
    const sdk = new Collection(JSON.parse(exported.text) as object);
    const seen: Array<[string, string]> = [];
    sdk.forEachItem((item) =>
      seen.push([item.request.method, item.request.auth?.type ?? 'inherit']),
    );
    expect(seen).toEqual(
      first.requests.map(({ request }) => [
        request.method,
        postmanAuthType[request.auth?.type ?? 'sigv4'] ?? request.auth?.type,
      ]),
    );
  });

  it.each(files)('%s → curl → back keeps method, path, auth and body', (name) => {
    const first = importCollection(read(name)).data;
    const again = importCollection(exportCurl(first).text).data;
    // curl holds no variables: known values are filled in, empty ones stay as ${NAME}.
    const values = new Map(
      (first.collection.environments[0]?.variables ?? []).flatMap((v) =>
        'value' in v && v.value ? [[v.name, v.value] as const] : [],
      ),
    );
    const fill = (text: string | undefined): string | undefined =>
      text === undefined ? text : substitute(text, values);
    // curl has no API key auth: it is a plain header or query parameter there (a loss the export names).
    const pick = (d: CollectionData): unknown[] =>
      d.requests.map(({ request }) => [
        request.method,
        fill(request.endpoint),
        fill(request.path),
        request.auth?.type === 'apikey' ? 'none' : request.auth?.type,
        request.body?.kind,
      ]);
    expect(pick(again)).toEqual(pick(first));
  });
});
