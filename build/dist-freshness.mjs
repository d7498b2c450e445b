// Tells whether dist/ was built from the current sources, so a stale CLI bundle is reported
// instead of silently running old code (used by bin/connector-studio.js and the tests that spawn it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The sources the bundles in dist/ are built from (build/build.mjs bundles these). */
const sourceRoots = ['electron', 'shared', 'renderer', 'build/build.mjs'];
const skippedFolders = new Set(['node_modules', '__mocks__', 'fixtures']);
const isTestFile = (name) => /\.test(-helper)?\.tsx?$/.test(name);

/** The first source file under `path` modified after `sinceMs`, relative to `root`, or undefined. */
function newerSource(path, sinceMs, root) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs > sinceMs ? relative(root, path) : undefined;
  for (const entry of readdirSync(path)) {
    if (skippedFolders.has(entry) || isTestFile(entry)) continue;
    const found = newerSource(join(path, entry), sinceMs, root);
    if (found) return found;
  }
  return undefined;
}

/**
 * Why the given dist/ outputs are stale (`dist/cli.mjs is missing`, `shared/x.ts changed after the
 * last build`), or undefined when each is newer than every source.
 * @param {string} root the project folder
 * @param {readonly string[]} [outputs] paths of built files, relative to root
 * @returns {string | undefined}
 */
export function distStaleness(root, outputs = ['dist/cli.mjs']) {
  const missing = outputs.find((output) => !existsSync(join(root, output)));
  if (missing) return `${missing} is missing`;
  const builtMs = Math.min(...outputs.map((output) => statSync(join(root, output)).mtimeMs));
  for (const source of sourceRoots) {
    const path = join(root, source);
    const newer = existsSync(path) ? newerSource(path, builtMs, root) : undefined;
    if (newer) return `${newer} changed after the last build`;
  }
  return undefined;
}
