import { copyFile, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  FORMAT_VERSION,
  collectionFileSchema,
  isSafeSlug,
  migrateCollectionFile,
  migrateRequestFile,
  requestFileSchema,
  serializeFile,
} from '../../../shared/domain/collection';
import type {
  CollectionData,
  CollectionFile,
  CollectionRequest,
} from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import { isTempFile, writeFileAtomic } from './atomic-write';
import type { AtomicWriteOptions } from './atomic-write';
import { confinedPath, isInsideCollection } from './confine';
import { changeSince, versionOf, versionOfText } from './file-versions';
import type { FileChange, FileVersions } from './file-versions';
import { readJsonFile } from './read-json';
import type { LoadProblem } from './read-json';

export type { LoadProblem } from './read-json';

/** A collection as loaded: what could be read, what could not (and why), and slugs no new request may take. */
export interface LoadedCollection {
  data: CollectionData;
  problems: LoadProblem[];
  /** Slugs of request files that exist but could not be loaded: they are kept untouched and never overwritten. */
  reservedSlugs: string[];
  /** The version of every file read, for the conflict check of the next save. */
  versions: FileVersions;
}

export const COLLECTION_FILE = 'collection.json';
export const REQUESTS_DIR = 'requests';

async function listRequestFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, REQUESTS_DIR)))
      .filter((name) => name.endsWith('.json') && !isTempFile(name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function fallbackCollection(dir: string, requests: CollectionRequest[]): CollectionFile {
  const first = requests[0]?.request;
  return {
    formatVersion: FORMAT_VERSION,
    name: basename(dir),
    service: first?.service ?? 'sts',
    region: first?.region ?? 'us-east-1',
    environments: [],
    folders: [],
    order: [],
  };
}

/** `readJsonFile` for a file of the collection `dir`, refused as a problem when a link leads outside it. */
async function readInside<T>(
  dir: string,
  path: string,
  ...rest: Parameters<typeof readJsonFile<T>> extends [string, ...infer R] ? R : never
): ReturnType<typeof readJsonFile<T>> {
  if (!(await isInsideCollection(dir, path)))
    return {
      ok: false,
      problem: { path, reason: 'leads outside the collection folder (a symbolic link); not read' },
    };
  return readJsonFile(path, ...rest);
}

/**
 * Loads a collection folder, validating every file. A file that cannot be used is reported with its
 * path and reason and left in place untouched; the rest of the collection still loads.
 */
export async function loadCollection(dir: string): Promise<LoadedCollection> {
  const problems: LoadProblem[] = [];
  const collectionPath = join(dir, COLLECTION_FILE);
  const head = await readInside(dir, collectionPath, collectionFileSchema, migrateCollectionFile);
  if (!head.ok && head.problem.reason.startsWith('cannot be read (ENOENT)')) {
    throw new StudioError(
      'not-found',
      `${dir} is not a collection folder (no ${COLLECTION_FILE}).`,
    );
  }
  if (!head.ok) problems.push(head.problem);
  const requests: CollectionRequest[] = [];
  const reservedSlugs: string[] = [];
  const versions: FileVersions = {};
  for (const name of await listRequestFiles(dir)) {
    const slug = name.slice(0, -'.json'.length);
    const path = join(dir, REQUESTS_DIR, name);
    if (!isSafeSlug(slug)) {
      problems.push({
        path,
        reason: 'the file name is not a request slug (lower-case letters, digits and dashes)',
      });
      continue;
    }
    const read = await readInside(dir, path, requestFileSchema, migrateRequestFile);
    if (read.ok) {
      requests.push({ slug, request: read.value });
      versions[`${REQUESTS_DIR}/${name}`] = read.version;
    } else {
      problems.push(read.problem);
      reservedSlugs.push(slug);
    }
  }
  const collection = head.ok ? head.value : fallbackCollection(dir, requests);
  const position = new Map(collection.order.map((slug, index) => [slug, index]));
  requests.sort(
    (a, b) =>
      (position.get(a.slug) ?? Infinity) - (position.get(b.slug) ?? Infinity) ||
      a.slug.localeCompare(b.slug),
  );
  // A corrupt collection.json gets a version too: replacing it is checked like any other write.
  const headVersion = head.ok ? head.version : await versionOf(collectionPath);
  if (headVersion !== undefined) versions[COLLECTION_FILE] = headVersion;
  return { data: { collection, requests }, problems, reservedSlugs, versions };
}

// A corrupt collection.json is copied aside before it is replaced, so nothing the user had is lost.
async function keepCorruptHead(dir: string): Promise<void> {
  const path = join(dir, COLLECTION_FILE);
  const head = await readJsonFile(path, collectionFileSchema, migrateCollectionFile);
  if (head.ok || head.problem.reason.startsWith('cannot be read (ENOENT)')) return;
  for (let n = 1; ; n++) {
    try {
      await copyFile(path, `${path}.corrupt-${n}`, 1);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** How saving treats the files on disk: what the caller loaded, and whether its version wins a conflict. */
export interface SaveOptions extends AtomicWriteOptions {
  /** The versions from load (or the last save); without them nothing is deleted and nothing is checked. */
  versions?: FileVersions;
  /** The caller saw the conflict and chose to overwrite the outside changes. */
  overwrite?: boolean;
}

/** A file changed outside since the caller loaded it. */
export interface SaveConflict {
  file: string;
  change: Exclude<FileChange, 'same'>;
}

interface PlannedWrite {
  rel: string;
  text: string;
}

// Everything is checked before anything is written, so a conflict leaves the folder as it was.
async function planSave(
  dir: string,
  data: CollectionData,
  options: SaveOptions,
): Promise<{ writes: PlannedWrite[]; deletes: string[]; conflicts: SaveConflict[] }> {
  const { versions, overwrite } = options;
  const writes: PlannedWrite[] = [];
  const conflicts: SaveConflict[] = [];
  const check = async (rel: string): Promise<void> => {
    if (!versions || overwrite) return;
    const change = await changeSince(join(dir, rel), versions[rel]);
    if (change !== 'same') conflicts.push({ file: rel, change });
  };
  for (const { slug, request } of data.requests) {
    const rel = `${REQUESTS_DIR}/${slug}.json`;
    const path = join(dir, rel);
    const text = serializeFile(requestFileSchema.parse(request));
    const existing = await readFile(path, 'utf8').catch(() => undefined);
    if (existing === text) continue;
    if (
      existing !== undefined &&
      !(await readJsonFile(path, requestFileSchema, migrateRequestFile)).ok
    )
      throw new StudioError(
        'invalid-input',
        `${path} could not be loaded and is kept untouched; choose another name for this request.`,
      );
    await check(rel);
    writes.push({ rel, text });
  }
  const head = serializeFile(collectionFileSchema.parse(data.collection));
  if ((await readFile(join(dir, COLLECTION_FILE), 'utf8').catch(() => undefined)) !== head) {
    await check(COLLECTION_FILE);
    writes.push({ rel: COLLECTION_FILE, text: head });
  }
  const slugs = new Set(data.requests.map((r) => r.slug));
  const deletes: string[] = [];
  for (const name of await listRequestFiles(dir)) {
    const rel = `${REQUESTS_DIR}/${name}`;
    // Only a file this caller loaded may be deleted: never one added by another window, an import or git.
    if (slugs.has(name.slice(0, -'.json'.length)) || !versions || versions[rel] === undefined)
      continue;
    if (!(await readJsonFile(join(dir, rel), requestFileSchema, migrateRequestFile)).ok) continue;
    await check(rel);
    deletes.push(rel);
  }
  return { writes, deletes, conflicts };
}

function describeConflicts(conflicts: SaveConflict[]): string {
  const list = conflicts.map((c) => `${c.file} (${c.change} outside the app)`).join(', ');
  return `Not saved: ${list} since the collection was loaded. Reload to see those changes, or overwrite them.`;
}

/**
 * Saves a whole collection: each file atomically, only the files whose text changed. Files changed
 * on disk since the caller loaded them are reported as a conflict (nothing is written) unless the
 * caller chose to overwrite. Request files of removed requests are deleted only when the caller
 * loaded them and they are valid request files: a file it never saw, or one that failed to load, is kept.
 */
export async function saveCollection(
  dir: string,
  data: CollectionData,
  options: SaveOptions = {},
): Promise<{ written: string[]; deleted: string[]; versions: FileVersions }> {
  const slugs = new Set<string>();
  for (const { slug } of data.requests) {
    if (!isSafeSlug(slug) || slugs.has(slug))
      throw new StudioError(
        'invalid-input',
        `"${slug}" is not a usable request slug (unsafe or repeated).`,
      );
    slugs.add(slug);
  }
  // A requests folder that is a link elsewhere must not receive files.
  await confinedPath(dir, dir, REQUESTS_DIR);
  const { writes, deletes, conflicts } = await planSave(dir, data, options);
  if (conflicts.length > 0)
    throw new StudioError('conflict', describeConflicts(conflicts), { conflicts });
  const versions: FileVersions = { ...options.versions };
  const written: string[] = [];
  if (writes.some((w) => w.rel === COLLECTION_FILE)) await keepCorruptHead(dir);
  for (const { rel, text } of writes) {
    const path = join(dir, rel);
    await writeFileAtomic(path, text, options);
    // The version is of the text written, so a change made right after is still caught next time.
    versions[rel] = versionOfText(text, (await stat(path)).mtimeMs);
    written.push(path);
  }
  const deleted: string[] = [];
  for (const rel of deletes) {
    await unlink(join(dir, rel));
    delete versions[rel];
    deleted.push(join(dir, rel));
  }
  // Files left as they were (same text) are what the caller has now.
  for (const rel of [COLLECTION_FILE, ...[...slugs].map((s) => `${REQUESTS_DIR}/${s}.json`)]) {
    if (writes.some((w) => w.rel === rel)) continue;
    const version = await versionOf(join(dir, rel));
    if (version !== undefined) versions[rel] = version;
  }
  return { written, deleted, versions };
}
