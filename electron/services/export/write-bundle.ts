import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { BundleFile } from '../../../shared/domain/bundle/export-bundle';
import { StudioError } from '../../../shared/ipc/errors';

// DOS timestamps are local time; building the date from local fields gives the same bytes in every time zone.
const fixedZipTime = new Date(1980, 0, 1, 0, 0, 0);

const bytesOf = (content: Uint8Array | string): Uint8Array =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

/** A bundle path checked to stay inside the bundle: relative, `/`-separated, no `..` or empty parts. */
function checkedPath(path: string): string {
  const parts = path.split('/');
  if (
    path.startsWith('/') ||
    parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0'))
  ) {
    throw new StudioError('invalid-input', `Refusing the bundle path "${path}".`);
  }
  return path;
}

/** The bundle as one zip: entries sorted by path, fixed timestamps and compression, so equal input gives equal bytes. */
export function zipBundle(files: readonly BundleFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    entries[checkedPath(file.path)] = [bytesOf(file.content), { level: 6, mtime: fixedZipTime }];
  }
  return zipSync(entries, { level: 6, mtime: fixedZipTime });
}

const stagingName = (target: string): string =>
  `${target}.partial-${randomBytes(6).toString('hex')}`;

/** Writes the zip next to its target and renames it into place, so a reader never sees half a file. */
export async function writeBundleZip(
  files: readonly BundleFile[],
  outFile: string,
): Promise<number> {
  const zip = zipBundle(files);
  const target = resolve(outFile);
  await mkdir(dirname(target), { recursive: true });
  const staging = stagingName(target);
  try {
    await writeFile(staging, zip, { mode: 0o644 });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { force: true });
    throw error;
  }
  return zip.byteLength;
}

async function isReplaceable(target: string): Promise<boolean> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return true;
  if (!info.isDirectory()) return false;
  const names = await readdir(target);
  return names.length === 0 || names.includes('connector.json');
}

/**
 * Writes the bundle into a staging folder beside the target, then swaps it in; an existing target
 * is replaced only when it is empty or an earlier bundle (it holds `connector.json`).
 */
export async function writeBundleFolder(
  files: readonly BundleFile[],
  outDir: string,
): Promise<number> {
  const target = resolve(outDir);
  if (!(await isReplaceable(target))) {
    throw new StudioError(
      'io',
      `${outDir} exists and is not an exported bundle; choose an empty or new folder.`,
    );
  }
  const staging = stagingName(target);
  let bytes = 0;
  try {
    for (const file of files) {
      const path = join(staging, ...checkedPath(file.path).split('/'));
      if (!path.startsWith(staging + sep))
        throw new StudioError('invalid-input', `Refusing the bundle path "${file.path}".`);
      const content = bytesOf(file.content);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { mode: 0o644 });
      bytes += content.byteLength;
    }
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return bytes;
}
