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
import { effectiveTarget, requestOrigin, requestUrl } from './request-url';

// Public third-party files (see SOURCES.md there): what users really export and paste.
const CORPUS = join(import.meta.dirname, '../../../../test/fixtures/import-corpus');
const all = readdirSync(CORPUS).filter((name) => name !== 'SOURCES.md');
// An environment file holds variables and no request: it has no request round trip.
const isEnvironment = (name: string): boolean => name.includes('postman_environment');
const files = all.filter((name) => !isEnvironment(name));
const read = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');
const SIGV4_SOURCE = /awsv4|type:\s*iam|"type":\s*"iam"|--aws-sigv4/;

// The URL a request goes to and the target it is signed for, implicit AWS defaults made explicit.
function shape(data: CollectionData): Array<Record<string, unknown>> {
  return data.requests.map(({ request }) => ({
    name: request.name,
    method: request.method,
    url: requestUrl(data.collection, request),
    query: request.query,
    headers: request.headers,
    body: request.body,
    auth: request.auth?.type,
    target: effectiveTarget(data.collection, request),
  }));
}

/** Postman's names for the auth types whose names differ from ours. */
const postmanAuthType: Partial<Record<string, string>> = { sigv4: 'awsv4', none: 'noauth' };

type Seen = { method: string; auth: string };
const seen = (method: string, auth: string, times = 1): Seen[] =>
  Array.from({ length: times }, () => ({ method, auth }));

// Read by hand from the curl and YAML sources (see each file): what a reader of the file expects.
const BY_HAND: Record<string, Seen[]> = {
  'curl-cheatsheet-auth.md': [
    ...seen('POST', 'none'),
    ...seen('POST', 'bearer'),
    ...seen('POST', 'none'),
    ...seen('GET', 'basic'),
    ...seen('GET', 'bearer'),
    ...seen('GET', 'sigv4'),
  ],
  'curl-docs-aws-sigv4.sh': seen('GET', 'sigv4'),
  'insomnia-complex-input.sh': seen('POST', 'basic'),
  'insomnia-get-input.sh': seen('GET', 'none'),
  'insomnia-multi-data-input.sh': seen('POST', 'none'),
  'insomnia-multi-input.sh': seen('GET', 'none', 4),
  'insomnia-question-mark-input.sh': seen('POST', 'none'),
  'insomnia-v5-security-collection.yaml': [
    ...seen('GET', 'basic'),
    ...seen('GET', 'none'),
    ...seen('GET', 'bearer', 2),
  ],
  'rio-ke-opensearch-sigv4.md': seen('GET', 'sigv4'),
};

/** Postman's auth type names as ours; the types not held (oauth2, digest, …) are sent without auth. */
const FROM_POSTMAN: Record<string, string> = {
  awsv4: 'sigv4',
  bearer: 'bearer',
  basic: 'basic',
  apikey: 'apikey',
};

type PostmanNode = {
  item?: PostmanNode[];
  auth?: { type?: string } | null;
  request?: string | { method?: string; auth?: { type?: string } | null; header?: unknown };
};

/** The auth a header-only `Authorization: Bearer/Basic` gives a request that has none of its own. */
function headerAuth(header: unknown): string {
  const list = Array.isArray(header) ? (header as Array<{ key?: string; value?: string }>) : [];
  const value = list.find((h) => h.key?.toLowerCase() === 'authorization')?.value ?? '';
  return /^Bearer\s/i.test(value) ? 'bearer' : /^Basic\s/i.test(value) ? 'basic' : 'none';
}

/** Every request of a Postman collection, in order, with its method and the auth it inherits. */
function postmanRequests(node: PostmanNode, inherited: string): Seen[] {
  const own = node.auth === undefined ? inherited : (FROM_POSTMAN[node.auth?.type ?? ''] ?? 'none');
  if (node.request !== undefined) {
    const request = typeof node.request === 'string' ? {} : node.request;
    const auth =
      request.auth === undefined ? own : (FROM_POSTMAN[request.auth?.type ?? ''] ?? 'none');
    return seen(
      (request.method ?? 'GET').toUpperCase(),
      auth === 'none' ? headerAuth(request.header) : auth,
    );
  }
  return (node.item ?? []).flatMap((child) => postmanRequests(child, own));
}

/** The requests a corpus file holds, read from the file itself. */
function sourceRequests(name: string, text: string): Seen[] {
  return BY_HAND[name] ?? postmanRequests(JSON.parse(text) as PostmanNode, 'none');
}

describe('the import corpus', () => {
  it('holds at least 20 public files', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)(
    '%s loses no request and keeps each method and auth as the source has them',
    (name) => {
      const text = read(name);
      const expected = sourceRequests(name, text);
      const got = importCollection(text).data.requests.map(({ request }) => ({
        method: request.method,
        auth: request.auth?.type ?? 'sigv4',
      }));
      expect(got).toEqual(expected);
    },
  );

  it.each(all.filter(isEnvironment))('%s imports as an environment with every variable', (name) => {
    const source = JSON.parse(read(name)) as { values: Array<{ key: string }> };
    const result = importCollection(read(name));
    expect(result.data.requests).toEqual([]);
    expect(result.data.collection.environments[0]?.variables.map((v) => v.name)).toEqual(
      source.values.map((v) => v.key),
    );
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
        fill(requestOrigin(d.collection, request)),
        fill(request.path),
        request.auth?.type === 'apikey' ? 'none' : request.auth?.type,
        request.body?.kind,
      ]);
    expect(pick(again)).toEqual(pick(first));
  });
});
