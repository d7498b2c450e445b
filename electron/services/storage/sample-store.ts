import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  FORMAT_VERSION,
  isSafeSlug,
  sampleFileSchema,
  serializeFile,
} from '../../../shared/domain/collection';
import type { SampleFile } from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import type { SampleInfo } from '../../../shared/ipc/operations/collection';
import { isTempFile, writeFileAtomic } from './atomic-write';
import { confinedPath, isInsideCollection } from './confine';

export const SAMPLES_DIR = 'samples';
/** Bodies above this size go to a file of their own beside the sample, so the JSON stays readable. */
export const INLINE_BODY_LIMIT = 256 * 1024;

/** A response chosen as a sample. */
export interface SampleInput {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array;
  takenAt: Date;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The file-name form of a time: `2024-05-01T12-00-00-000Z` (no colons, which Windows refuses). */
export function timestampName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Saves a sample as `samples/<slug>/<timestamp>.json`, a big body as `<timestamp>.body` beside it; returns the JSON path. */
export async function saveSample(dir: string, slug: string, sample: SampleInput): Promise<string> {
  if (!isSafeSlug(slug)) throw new StudioError('invalid-input', `"${slug}" is not a request slug.`);
  // A samples folder that is a link elsewhere must not receive the body.
  const folder = await confinedPath(dir, dir, join(SAMPLES_DIR, slug));
  const stamp = timestampName(sample.takenAt);
  const text = decodeUtf8(sample.body);
  let body: SampleFile['body'];
  if (sample.body.byteLength > INLINE_BODY_LIMIT) {
    await writeFileAtomic(join(folder, `${stamp}.body`), sample.body);
    body = { kind: 'file', file: `${stamp}.body`, size: sample.body.byteLength };
  } else if (text !== undefined) body = { kind: 'text', text };
  else body = { kind: 'base64', data: Buffer.from(sample.body).toString('base64') };
  const file: SampleFile = {
    formatVersion: FORMAT_VERSION,
    takenAt: sample.takenAt.toISOString(),
    status: sample.status,
    headers: sample.headers,
    body,
  };
  const path = join(folder, `${stamp}.json`);
  await writeFileAtomic(path, serializeFile(file));
  return path;
}

/** The sample files of a request, oldest first. */
export async function listSamples(dir: string, slug: string): Promise<string[]> {
  if (!isSafeSlug(slug)) return [];
  const folder = join(dir, SAMPLES_DIR, slug);
  const names = await readdir(folder).catch(() => [] as string[]);
  const paths = names
    .filter((name) => name.endsWith('.json') && !isTempFile(name))
    .sort()
    .map((name) => join(folder, name));
  const inside = await Promise.all(paths.map((path) => isInsideCollection(dir, path)));
  // A sample that is a link leading out of the collection is never read.
  return paths.filter((_path, index) => inside[index]);
}

/** The samples of a request as listed in the app, oldest first; files that are not valid samples are left out. */
export async function describeSamples(dir: string, slug: string): Promise<SampleInfo[]> {
  const infos: SampleInfo[] = [];
  for (const path of await listSamples(dir, slug)) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    let value: unknown;
    try {
      value = text === undefined ? undefined : JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = sampleFileSchema.safeParse(value);
    if (parsed.success)
      infos.push({
        file: basename(path),
        takenAt: parsed.data.takenAt,
        status: parsed.data.status,
      });
  }
  return infos;
}
