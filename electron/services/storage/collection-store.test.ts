import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection } from '../../../shared/domain/collection';
import type { CollectionData } from '../../../shared/domain/collection';
import { loadCollection, saveCollection } from './collection-store';
import { listSamples, saveSample } from './sample-store';

function sampleData(): CollectionData {
  const data = newCollection({ name: 'Tables', service: 'dynamodb', region: 'eu-west-1' });
  data.requests = [
    {
      slug: 'list-tables',
      request: {
        formatVersion: FORMAT_VERSION,
        name: 'List tables',
        folder: 'Tables',
        method: 'POST',
        path: '/',
        query: [],
        headers: [['X-Amz-Target', 'DynamoDB_20120810.ListTables']],
        body: { kind: 'text', text: '{}' },
        structureDecisions: {
          customNames: { TableNames: 'Names' },
          excluded: [],
          included: [],
          studioProVersion: 10,
        },
      },
    },
    {
      slug: 'describe',
      request: {
        formatVersion: FORMAT_VERSION,
        name: 'Describe',
        folder: '',
        method: 'POST',
        path: '/',
        query: [['a', null]],
        headers: [],
      },
    },
  ];
  data.collection.order = ['list-tables', 'describe'];
  data.collection.folders = ['Tables'];
  return data;
}

const fresh = (): string => mkdtempSync(join(tmpdir(), 'collection-'));

describe('collection folder', () => {
  it('saves readable, stable files and loads them back', async () => {
    const dir = fresh();
    const data = sampleData();
    const first = await saveCollection(dir, data);
    expect(first.written.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      'collection.json',
      'requests/describe.json',
      'requests/list-tables.json',
    ]);
    const text = readFileSync(join(dir, 'requests/list-tables.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "folder": "Tables",\n');
    expect((await saveCollection(dir, data)).written).toEqual([]);
    const loaded = await loadCollection(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.data).toEqual(data);
  });

  it('changes only the file of the request that changed', async () => {
    const dir = fresh();
    const data = sampleData();
    await saveCollection(dir, data);
    const edited = structuredClone(data);
    (edited.requests[1] as CollectionData['requests'][number]).request.path = '/other';
    const result = await saveCollection(dir, edited);
    expect(result.written).toEqual([join(dir, 'requests/describe.json')]);
  });

  it('reports a corrupt file with its path and reason, keeps it untouched, and loads the rest', async () => {
    const dir = fresh();
    await saveCollection(dir, sampleData());
    const broken = join(dir, 'requests/broken.json');
    const invalid = join(dir, 'requests/invalid.json');
    writeFileSync(broken, '{"name": "half a fi');
    writeFileSync(
      invalid,
      JSON.stringify({ formatVersion: 1, name: 'x', method: 'get', path: '/' }),
    );
    writeFileSync(join(dir, 'requests/Bad Name.json'), '{}');
    const loaded = await loadCollection(dir);
    expect(loaded.data.requests.map((r) => r.slug)).toEqual(['list-tables', 'describe']);
    expect(loaded.problems).toEqual([
      {
        path: join(dir, 'requests/Bad Name.json'),
        reason: expect.stringContaining('not a request slug'),
      },
      { path: broken, reason: expect.stringContaining('not valid JSON') },
      { path: invalid, reason: expect.stringContaining('method') },
    ]);
    expect(loaded.reservedSlugs).toEqual(['broken', 'invalid']);
    // Saving what loaded (one request fewer) deletes the removed request but never the files that failed.
    const kept = { ...loaded.data, requests: loaded.data.requests.slice(0, 1) };
    const saved = await saveCollection(dir, kept, { versions: loaded.versions });
    expect(saved.deleted).toEqual([join(dir, 'requests/describe.json')]);
    expect(readFileSync(broken, 'utf8')).toBe('{"name": "half a fi');
    await expect(
      saveCollection(dir, {
        ...kept,
        requests: [{ slug: 'broken', request: sampleData().requests[1]!.request }],
      }),
    ).rejects.toThrow(/kept untouched/);
    expect(readFileSync(broken, 'utf8')).toBe('{"name": "half a fi');
  });

  it('opens with a corrupt collection.json, and copies it aside before replacing it', async () => {
    const dir = fresh();
    await saveCollection(dir, sampleData());
    writeFileSync(join(dir, 'collection.json'), '{ nope');
    const loaded = await loadCollection(dir);
    expect(loaded.problems).toEqual([
      { path: join(dir, 'collection.json'), reason: expect.stringContaining('not valid JSON') },
    ]);
    expect(loaded.data.requests).toHaveLength(2);
    await saveCollection(dir, loaded.data);
    expect(readFileSync(join(dir, 'collection.json.corrupt-1'), 'utf8')).toBe('{ nope');
    expect((await loadCollection(dir)).problems).toEqual([]);
  });

  it('ignores temp files left by an interrupted write', async () => {
    const dir = fresh();
    await saveCollection(dir, sampleData());
    writeFileSync(join(dir, 'requests/.describe.json.123.1.tmp'), '{"partial');
    expect((await loadCollection(dir)).problems).toEqual([]);
  });

  it('migrates an old collection.json', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'requests'), { recursive: true });
    writeFileSync(
      join(dir, 'collection.json'),
      JSON.stringify({ name: 'Old', service: 'sqs', defaultRegion: 'eu-west-2' }),
    );
    const loaded = await loadCollection(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.data.collection).toMatchObject({ formatVersion: 1, region: 'eu-west-2' });
  });
});

describe('samples', () => {
  it('keeps small text bodies inline and big ones in a file beside the sample', async () => {
    const dir = fresh();
    const takenAt = new Date('2024-05-01T12:00:00.000Z');
    const small = await saveSample(dir, 'list-tables', {
      status: 200,
      headers: [['content-type', 'application/json']],
      body: new TextEncoder().encode('{"TableNames":[]}'),
      takenAt,
    });
    expect(small).toBe(join(dir, 'samples/list-tables/2024-05-01T12-00-00-000Z.json'));
    expect(JSON.parse(readFileSync(small, 'utf8'))).toMatchObject({
      status: 200,
      body: { kind: 'text', text: '{"TableNames":[]}' },
    });
    const big = new Uint8Array(300 * 1024).fill(65);
    const bigPath = await saveSample(dir, 'list-tables', {
      status: 200,
      headers: [],
      body: big,
      takenAt: new Date('2024-05-01T12:00:01.000Z'),
    });
    expect(JSON.parse(readFileSync(bigPath, 'utf8')).body).toEqual({
      kind: 'file',
      file: '2024-05-01T12-00-01-000Z.body',
      size: big.byteLength,
    });
    expect(
      readFileSync(join(dir, 'samples/list-tables/2024-05-01T12-00-01-000Z.body')).byteLength,
    ).toBe(big.byteLength);
    expect(await listSamples(dir, 'list-tables')).toEqual([small, bigPath]);
    await expect(
      saveSample(dir, '../escape', { status: 200, headers: [], body: new Uint8Array(), takenAt }),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['samples']);
  });
});
