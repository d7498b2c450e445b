import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection, serializeFile } from '../../../shared/domain/collection';
import { readCollectionInput } from '../export/collection-input';
import { loadCollection, saveCollection } from './collection-store';
import { confinedPath } from './confine';
import { saveSample } from './sample-store';

const PRIVATE = '{"private":"outside-the-collection-0123456789"}';
let root: string;
let dir: string;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'confine-'));
  dir = join(root, 'collection');
  writeFileSync(join(root, 'private.json'), PRIVATE);
  const data = newCollection({ name: 'C', service: 'sts', region: 'us-east-1' });
  data.requests = [
    {
      slug: 'get',
      request: {
        formatVersion: FORMAT_VERSION,
        name: 'Get',
        folder: '',
        method: 'GET',
        path: '/',
        query: [],
        headers: [],
      },
    },
  ];
  await saveCollection(dir, data);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeSample(file: string): void {
  mkdirSync(join(dir, 'samples', 'get'), { recursive: true });
  writeFileSync(
    join(dir, 'samples', 'get', '2026-01-01T00-00-00-000Z.json'),
    serializeFile({
      formatVersion: FORMAT_VERSION,
      takenAt: '2026-01-01T00:00:00.000Z',
      status: 200,
      headers: [],
      body: { kind: 'file', file, size: PRIVATE.length },
    }),
  );
}

describe('paths read from a collection stay inside its folder', () => {
  it('refuses a sample body.file that climbs out with ../ and says so', async () => {
    writeSample('../../../private.json');
    const input = await readCollectionInput(dir);
    expect(JSON.stringify(input.operations)).not.toContain('outside-the-collection');
    expect(input.notes.join('\n')).toContain('points outside the collection folder');
  });

  it('refuses a sample body.file that is a symbolic link to a file outside', async () => {
    writeSample('body.json');
    symlinkSync(join(root, 'private.json'), join(dir, 'samples', 'get', 'body.json'));
    const input = await readCollectionInput(dir);
    expect(JSON.stringify(input)).not.toContain('outside-the-collection');
    expect(input.notes.join('\n')).toContain('points outside the collection folder');
  });

  it('still reads a body file beside its sample', async () => {
    writeSample('body.json');
    writeFileSync(join(dir, 'samples', 'get', 'body.json'), '{"inside":1}');
    const input = await readCollectionInput(dir);
    expect(input.operations[0]?.samples).toEqual(['{"inside":1}']);
  });

  it('reports a request file that links outside and does not read it', async () => {
    writeFileSync(
      join(root, 'outside.json'),
      serializeFile({
        formatVersion: FORMAT_VERSION,
        name: 'Outside',
        folder: '',
        method: 'GET',
        path: '/',
        query: [],
        headers: [],
      }),
    );
    symlinkSync(join(root, 'outside.json'), join(dir, 'requests', 'linked.json'));
    const loaded = await loadCollection(dir);
    expect(loaded.data.requests.map((r) => r.slug)).toEqual(['get']);
    expect(loaded.problems[0]?.reason).toContain('outside the collection folder');
  });

  it('does not write a sample through a samples folder that links elsewhere', async () => {
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(dir, 'samples'));
    const body = new TextEncoder().encode('{}');
    await expect(
      saveSample(dir, 'get', { status: 200, headers: [], body, takenAt: new Date() }),
    ).rejects.toThrow(/outside the collection folder/);
  });

  it('refuses absolute names and accepts names inside', async () => {
    await expect(confinedPath(dir, dir, '/etc/passwd')).rejects.toThrow(/outside/);
    await expect(confinedPath(dir, dir, 'requests/get.json')).resolves.toBe(
      join(dir, 'requests', 'get.json'),
    );
  });
});
