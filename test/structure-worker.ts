// Test support for the structure worker: the TypeScript source run under tsx, and a large generated body.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { StructureWorkerConfig } from '../electron/services/structure/worker-runner';

const source = new URL('../electron/services/structure/structure-worker.ts', import.meta.url).href;
// The ES module build of tsx's API, as its package.json `exports` names it for `import`.
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(tsxPackage)).href;

/**
 * The worker from its TypeScript source: a tiny ES module that loads it through tsx, standing in for
 * the bundle's dist/structure-worker.mjs (Node 20 ignores `--import tsx` in a worker's execArgv).
 */
export function tsStructureWorker(
  overrides: Partial<StructureWorkerConfig> = {},
): StructureWorkerConfig {
  const loader = `import { tsImport } from ${JSON.stringify(tsxApi)}; await tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)});`;
  return { path: new URL(`data:text/javascript,${encodeURIComponent(loader)}`), ...overrides };
}

/** About `megabytes` MB of an EC2-like response whose later items carry keys the first lacks. */
export function largeBody(megabytes: number): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i += 1) {
    const extra = i % 7 === 3 ? `,"Platform":"windows","Hibernated":${i % 2 === 0}` : '';
    const item = `{"InstanceId":"i-${i.toString(16).padStart(17, '0')}","LaunchTime":"2026-01-0${1 + (i % 9)}T10:00:00.000Z","CpuCount":${i % 64},"Price":${i}.5,"Tags":[{"Key":"Name","Value":"web-${i}"}]${extra}}`;
    items.push(item);
    size += item.length + 1;
  }
  return `{"Reservations":[{"Instances":[${items.join(',')}]}],"NextToken":null}`;
}
