import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { inferJsonStructure } from '../../shared/domain/json-structure/index';

type Infer = typeof inferJsonStructure;

let loading: Promise<{ infer: Infer; file: string }> | undefined;

/**
 * `inferJsonStructure` bundled by esbuild as `build/build.mjs` bundles the CLI and the app, so the
 * bench measures the code users run, not tsx's per-file development transform (about 10% slower here).
 */
export function bundledInference(): Promise<{ infer: Infer; file: string }> {
  loading ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-structure-'));
    const file = join(dir, 'json-structure.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../shared/domain/json-structure/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'node20',
      outfile: file,
      logLevel: 'warning',
    });
    const module = (await import(pathToFileURL(file).href)) as { inferJsonStructure: Infer };
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { infer: module.inferJsonStructure, file };
  })();
  return loading;
}
