import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { newCollection, serializeFile } from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import type { OpenedCollection, RecentCollection } from '../../../shared/ipc/operations/collection';
import { recentCollectionSchema } from '../../../shared/ipc/operations/collection';
import { writeFileAtomic } from './atomic-write';
import { COLLECTION_FILE, loadCollection, saveCollection } from './collection-store';
import { readJsonIfValid } from './read-json';
import { SerialQueue } from './serial-queue';

const MAX_RECENT = 30;
const workspaceFileSchema = z.object({
  formatVersion: z.literal(1),
  recent: z.array(recentCollectionSchema),
});

/** An absolute, normalised folder path, or an invalid-input error. */
export function collectionDir(dir: string): string {
  if (!isAbsolute(dir))
    throw new StudioError('invalid-input', `A collection folder must be an absolute path: ${dir}`);
  return resolve(dir);
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.length === 0;
}

/** The recent-collections list (in the app data folder) and the folder-level operations on collections. */
export class Workspace {
  readonly queue = new SerialQueue();

  constructor(private readonly file: string) {}

  /** Recent collections, most recent first; a damaged workspace file reads as empty. */
  async recent(): Promise<RecentCollection[]> {
    return (await readJsonIfValid(this.file, workspaceFileSchema))?.recent ?? [];
  }

  private update(change: (recent: RecentCollection[]) => RecentCollection[]): Promise<void> {
    return this.queue.run(this.file, async () => {
      const recent = change(await this.recent()).slice(0, MAX_RECENT);
      await writeFileAtomic(this.file, serializeFile({ formatVersion: 1, recent }));
    });
  }

  /** Puts a collection at the top of the recent list. */
  remember(dir: string, name: string): Promise<void> {
    return this.update((recent) => [{ dir, name }, ...recent.filter((r) => r.dir !== dir)]);
  }

  /** Removes a collection from the recent list; its folder is untouched. */
  async forget(dir: string): Promise<boolean> {
    const before = (await this.recent()).length;
    await this.update((recent) => recent.filter((r) => r.dir !== dir));
    return (await this.recent()).length < before;
  }

  /** Opens a collection folder and remembers it. */
  async open(dir: string): Promise<OpenedCollection> {
    const loaded = await loadCollection(dir);
    await this.remember(dir, loaded.data.collection.name);
    return { dir, ...loaded };
  }

  /** Creates a collection in a new or empty folder. */
  async create(options: {
    dir: string;
    name: string;
    service: string;
    region: string;
  }): Promise<OpenedCollection> {
    if (!(await isEmptyOrMissing(options.dir)))
      throw new StudioError(
        'invalid-input',
        `${options.dir} is not empty; choose a new or empty folder.`,
      );
    await mkdir(options.dir, { recursive: true });
    const { dir: _dir, ...settings } = options;
    await this.queue.run(options.dir, () => saveCollection(options.dir, newCollection(settings)));
    return this.open(options.dir);
  }

  /** Renames a collection; the folder keeps its name so Git history and paths stay valid. */
  async rename(dir: string, name: string): Promise<OpenedCollection> {
    await this.queue.run(dir, async () => {
      const { data, problems, versions } = await loadCollection(dir);
      if (problems.some((p) => p.path.endsWith(COLLECTION_FILE)))
        throw new StudioError(
          'invalid-input',
          `${join(dir, COLLECTION_FILE)} could not be loaded; fix it before renaming.`,
        );
      await saveCollection(
        dir,
        { ...data, collection: { ...data.collection, name } },
        { versions },
      );
    });
    return this.open(dir);
  }

  /** Copies a collection folder to a new one (samples included). */
  async duplicate(dir: string, to: string, name?: string): Promise<OpenedCollection> {
    await loadCollection(dir);
    if (!(await isEmptyOrMissing(to)))
      throw new StudioError('invalid-input', `${to} is not empty; choose a new or empty folder.`);
    await cp(dir, to, {
      recursive: true,
      errorOnExist: true,
      force: false,
      filter: (source) => !/[\\/]\.git([\\/]|$)/.test(source),
    });
    const copy = await loadCollection(to);
    await saveCollection(
      to,
      {
        ...copy.data,
        collection: { ...copy.data.collection, name: name ?? `${copy.data.collection.name} copy` },
      },
      { versions: copy.versions },
    );
    return this.open(to);
  }

  /** Deletes a collection folder after checking the confirmation matches its name. */
  async delete(dir: string, confirmName: string): Promise<boolean> {
    const { data } = await loadCollection(dir);
    if (data.collection.name !== confirmName)
      throw new StudioError(
        'invalid-input',
        'The confirmation does not match the collection name; nothing was deleted.',
      );
    if (!(await stat(join(dir, COLLECTION_FILE))).isFile()) return false;
    await this.queue.run(dir, () => rm(dir, { recursive: true, force: true }));
    await this.forget(dir);
    return true;
  }
}
