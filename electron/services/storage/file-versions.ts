import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** What a client loaded, by path relative to the collection folder: `<mtimeMs>:<sha256>` of each file. */
export type FileVersions = Record<string, string>;

/** How a file on disk differs from the version a client loaded. */
export type FileChange = 'same' | 'changed' | 'added' | 'removed';

/** The version string of some content written at a given modification time. */
export function versionOfText(content: string | Uint8Array, mtimeMs: number): string {
  return `${Math.trunc(mtimeMs)}:${createHash('sha256').update(content).digest('hex')}`;
}

/** The version of a file as it is on disk now; undefined when it does not exist. */
export async function versionOf(path: string): Promise<string | undefined> {
  try {
    const [info, bytes] = await Promise.all([stat(path), readFile(path)]);
    return versionOfText(bytes, info.mtimeMs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** How a file changed since it was loaded: a touched file with the same content has not changed. */
export async function changeSince(path: string, loaded: string | undefined): Promise<FileChange> {
  const now = await versionOf(path);
  if (now === loaded) return 'same';
  if (now === undefined) return 'removed';
  if (loaded === undefined) return 'added';
  // A `touch` or a checkout of identical content moves the time only: not a conflict.
  return now.split(':')[1] === loaded.split(':')[1] ? 'same' : 'changed';
}
