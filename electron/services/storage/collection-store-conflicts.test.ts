import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection, serializeFile } from '../../../shared/domain/collection';
import type { CollectionData, RequestFile } from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import { loadCollection, saveCollection } from './collection-store';

function request(name: string, path = '/'): RequestFile {
  return {
    formatVersion: FORMAT_VERSION,
    name,
    folder: '',
    method: 'GET',
    path,
    query: [],
    headers: [],
  };
}

async function savedFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'conflicts-'));
  const data: CollectionData = newCollection({ name: 'S3', service: 's3', region: 'eu-west-1' });
  data.requests = [
    { slug: 'list', request: request('List') },
    { slug: 'get', request: request('Get', '/key') },
  ];
  data.collection.order = ['list', 'get'];
  await saveCollection(dir, data);
  return dir;
}

async function conflictOf(promise: Promise<unknown>): Promise<StudioError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StudioError))
    throw new Error(`expected a StudioError, got ${String(error)}`);
  return error;
}

describe('saving a collection changed on disk since load', () => {
  it('never deletes request files it did not load (a copy, another window, an import, git)', async () => {
    const dir = await savedFolder();
    const loaded = await loadCollection(dir);
    const copy = join(dir, 'requests/list copy.json');
    const pulled = join(dir, 'requests/pulled.json');
    writeFileSync(copy, serializeFile(request('List copy')));
    writeFileSync(pulled, serializeFile(request('Pulled')));
    const saved = await saveCollection(dir, loaded.data, { versions: loaded.versions });
    expect(saved.deleted).toEqual([]);
    expect(existsSync(copy) && existsSync(pulled)).toBe(true);
    // A request the user removed is still deleted: the app loaded it.
    const fewer = { ...loaded.data, requests: loaded.data.requests.slice(0, 1) };
    const again = await saveCollection(dir, fewer, { versions: saved.versions });
    expect(again.deleted).toEqual([join(dir, 'requests/get.json')]);
    expect(existsSync(pulled)).toBe(true);
  });

  it('refuses to overwrite an outside edit, names the file, writes nothing, and overwrites when asked', async () => {
    const dir = await savedFolder();
    const loaded = await loadCollection(dir);
    const outside = serializeFile(request('Get', '/edited-in-vim'));
    writeFileSync(join(dir, 'requests/get.json'), outside);
    const mine = structuredClone(loaded.data);
    mine.requests[0]!.request.path = '/mine';
    mine.requests[1]!.request.path = '/also-mine';
    const error = await conflictOf(saveCollection(dir, mine, { versions: loaded.versions }));
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({
      conflicts: [{ file: 'requests/get.json', change: 'changed' }],
    });
    expect(error.message).toContain('requests/get.json');
    expect(readFileSync(join(dir, 'requests/get.json'), 'utf8')).toBe(outside);
    expect(readFileSync(join(dir, 'requests/list.json'), 'utf8')).not.toContain('/mine');
    const forced = await saveCollection(dir, mine, { versions: loaded.versions, overwrite: true });
    expect(forced.written).toContain(join(dir, 'requests/get.json'));
    expect(readFileSync(join(dir, 'requests/get.json'), 'utf8')).toContain('/also-mine');
  });

  it('reports a request file added or deleted outside under a name the save writes', async () => {
    const dir = await savedFolder();
    const loaded = await loadCollection(dir);
    writeFileSync(join(dir, 'requests/new.json'), serializeFile(request('From git')));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'requests/list.json'));
    const mine = structuredClone(loaded.data);
    mine.requests.push({ slug: 'new', request: request('Mine') });
    const error = await conflictOf(saveCollection(dir, mine, { versions: loaded.versions }));
    expect(error.details?.['conflicts']).toEqual([
      { file: 'requests/list.json', change: 'removed' },
      { file: 'requests/new.json', change: 'added' },
    ]);
    expect(readFileSync(join(dir, 'requests/new.json'), 'utf8')).toContain('From git');
  });

  it('does not delete a removed request whose file was edited outside', async () => {
    const dir = await savedFolder();
    const loaded = await loadCollection(dir);
    writeFileSync(join(dir, 'requests/get.json'), serializeFile(request('Get', '/edited')));
    const fewer = { ...loaded.data, requests: loaded.data.requests.slice(0, 1) };
    const error = await conflictOf(saveCollection(dir, fewer, { versions: loaded.versions }));
    expect(error.details?.['conflicts']).toEqual([
      { file: 'requests/get.json', change: 'changed' },
    ]);
    expect(existsSync(join(dir, 'requests/get.json'))).toBe(true);
  });

  it('is not fooled by a touched file, and chains saves with the versions each save returns', async () => {
    const dir = await savedFolder();
    const loaded = await loadCollection(dir);
    utimesSync(join(dir, 'requests/get.json'), new Date(2030, 1, 1), new Date(2030, 1, 1));
    const mine = structuredClone(loaded.data);
    mine.requests[1]!.request.path = '/one';
    const first = await saveCollection(dir, mine, { versions: loaded.versions });
    mine.requests[1]!.request.path = '/two';
    const second = await saveCollection(dir, mine, { versions: first.versions });
    expect(second.written).toEqual([join(dir, 'requests/get.json')]);
    // The first save's versions are stale now: a second window holding them gets a conflict.
    mine.requests[1]!.request.path = '/three';
    const error = await conflictOf(saveCollection(dir, mine, { versions: first.versions }));
    expect(error.code).toBe('conflict');
  });
});
