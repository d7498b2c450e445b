// Builds the Node side (CLI, browser host, Electron main and preload) with esbuild and the renderer with Vite.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeSummary, writeAllShapes } from './generate-shapes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeOnly = process.argv.includes('--node-only');

/**
 * Large JSON files (the AWS catalog, 1.3 MB) become `JSON.parse` of one string instead of a
 * JavaScript object literal: V8 parses JSON several times faster (112 ms → about 25 ms measured for
 * the catalog), and every command that signs pays that at start-up.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(builder) {
    builder.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < 100_000) return undefined;
      JSON.parse(text); // a malformed file fails the build here, not at run time
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  absWorkingDir: root,
  packages: 'external',
  logLevel: 'warning',
  plugins: [jsonAsParse],
};

// Split so each command (and the catalog it may read) loads only when that command runs.
rmSync(`${root}/dist/cli-chunks`, { recursive: true, force: true });
// zod (used by nearly every command) is bundled into the CLI: as a package it is about a hundred
// small modules that Node resolves one by one at every start (see the start-up bench).
const { dependencies = {}, devDependencies = {} } = JSON.parse(
  readFileSync(`${root}/package.json`, 'utf8'),
);
const cliBundled = new Set(['zod']);
const cliExternal = [...Object.keys(dependencies), ...Object.keys(devDependencies)]
  .filter((name) => !cliBundled.has(name))
  .flatMap((name) => [name, `${name}/*`]);
await build({
  ...common,
  packages: undefined,
  external: cliExternal,
  entryPoints: { cli: 'electron/cli/entry.ts' },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
});

// One AWS shapes file per service (from the pinned aws-sdk), read lazily by the privileged side.
rmSync(`${root}/dist/aws-shapes`, { recursive: true, force: true });
console.log(describeSummary('dist/aws-shapes', writeAllShapes(`${root}/dist/aws-shapes`)));

// Structure inference of large bodies runs in this worker; hosts pass its path to the services.
await build({
  ...common,
  entryPoints: { 'structure-worker': 'electron/services/structure/structure-worker.ts' },
  outdir: 'dist',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
});

if (existsSync(`${root}/electron/main/main.ts`)) {
  await build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts' },
    outdir: 'dist/electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
}
if (existsSync(`${root}/electron/preload.ts`)) {
  // A sandboxed preload may require only `electron`: everything else is bundled in.
  await build({
    ...common,
    packages: undefined,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist/electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
}

if (!nodeOnly && existsSync(`${root}/renderer/index.html`)) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
}
