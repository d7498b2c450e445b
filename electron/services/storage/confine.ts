import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { StudioError } from '../../../shared/ipc/errors';

/** Whether `path` is `root` itself or below it, comparing resolved paths. */
function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

// A path that does not exist yet cannot be a link: its nearest existing parent decides.
async function realOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const parent = resolve(path, '..');
    if (parent === path) return path;
    return resolve(await realOrSelf(parent), relative(parent, path));
  }
}

/**
 * The path of a file a collection names (`base` joined with `name`), checked to stay inside the
 * collection folder `root` once `..` and symbolic links are followed; a clear error otherwise.
 */
export async function confinedPath(root: string, base: string, name: string): Promise<string> {
  const path = resolve(base, name);
  const outside = (): StudioError =>
    new StudioError(
      'invalid-input',
      `"${name}" points outside the collection folder ${root}; it was not read.`,
      { path: name },
    );
  if (isAbsolute(name) || !within(resolve(root), path)) throw outside();
  const [realRoot, realPath] = await Promise.all([realOrSelf(resolve(root)), realOrSelf(path)]);
  if (!within(realRoot, realPath)) throw outside();
  return path;
}

/** Whether a file found in a collection folder really lies inside it (a symbolic link may lead anywhere). */
export async function isInsideCollection(root: string, path: string): Promise<boolean> {
  try {
    await confinedPath(root, root, relative(resolve(root), resolve(path)));
    return true;
  } catch (error) {
    if (error instanceof StudioError) return false;
    throw error;
  }
}
