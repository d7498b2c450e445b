import { copyFile, readdir, readFile, unlink } from 'node:fs/promises';
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
import { readJsonFile } from './read-json';
import type { LoadProblem } from './read-json';

export type { LoadProblem } from './read-json';

/** A collection as loaded: what could be read, what could not (and why), and slugs no new request may take. */
export interface LoadedCollection {
  data: CollectionData;
  problems: LoadProblem[];
  /** Slugs of request files that exist but could not be loaded: they are kept untouched and never overwritten. */
  reservedSlugs: string[];
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
    if (read.ok) requests.push({ slug, request: read.value });
    else {
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
  return { data: { collection, requests }, problems, reservedSlugs };
}

async function writeIfChanged(
  path: string,
  text: string,
  options: AtomicWriteOptions,
): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return false;
  await writeFileAtomic(path, text, options);
  return true;
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

/**
 * Saves a whole collection: each file atomically, only the files whose text changed. Request files
 * of requests no longer in the collection are deleted, but only when they are valid request files:
 * a file that failed to load is never touched.
 */
export async function saveCollection(
  dir: string,
  data: CollectionData,
  options: AtomicWriteOptions = {},
): Promise<{ written: string[]; deleted: string[] }> {
  const slugs = new Set<string>();
  for (const { slug } of data.requests) {
    if (!isSafeSlug(slug) || slugs.has(slug))
      throw new StudioError(
        'invalid-input',
        `"${slug}" is not a usable request slug (unsafe or repeated).`,
      );
    slugs.add(slug);
  }
  const written: string[] = [];
  for (const { slug, request } of data.requests) {
    const path = join(dir, REQUESTS_DIR, `${slug}.json`);
    const existing = await readFile(path, 'utf8').catch(() => undefined);
    if (
      existing !== undefined &&
      !(await readJsonFile(path, requestFileSchema, migrateRequestFile)).ok
    ) {
      throw new StudioError(
        'invalid-input',
        `${path} could not be loaded and is kept untouched; choose another name for this request.`,
      );
    }
    if (await writeIfChanged(path, serializeFile(requestFileSchema.parse(request)), options))
      written.push(path);
  }
  await keepCorruptHead(dir);
  const headPath = join(dir, COLLECTION_FILE);
  if (
    await writeIfChanged(
      headPath,
      serializeFile(collectionFileSchema.parse(data.collection)),
      options,
    )
  )
    written.push(headPath);
  const deleted: string[] = [];
  for (const name of await listRequestFiles(dir)) {
    const slug = name.slice(0, -'.json'.length);
    const path = join(dir, REQUESTS_DIR, name);
    if (slugs.has(slug) || !(await readJsonFile(path, requestFileSchema, migrateRequestFile)).ok)
      continue;
    await unlink(path);
    deleted.push(path);
  }
  return { written, deleted };
}
