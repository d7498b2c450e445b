import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceShapes, ShapeSource } from '../../../shared/aws/shapes';
import { StudioError } from '../../../shared/ipc/errors';

/** Catalog ids are lower-case letters, digits and dashes; anything else could leave the folder. */
const SERVICE_ID = /^[a-z0-9-]+$/;

/** How many services stay parsed in memory (ec2's file is about 2 MB of JSON). */
const CACHED_SERVICES = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parsed shapes file, checked as far as readers rely on it without looking further. */
function parseShapes(text: string, id: string, path: string): ServiceShapes {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw corrupt(id, path, `it is not JSON (${reason})`);
  }
  if (!isRecord(value)) throw corrupt(id, path, 'it is not a JSON object');
  if (value.service !== id) throw corrupt(id, path, `it describes "${String(value.service)}"`);
  if (typeof value.protocol !== 'string') throw corrupt(id, path, 'it has no protocol');
  if (!isRecord(value.operations) || !isRecord(value.shapes))
    throw corrupt(id, path, 'it has no operations or shapes');
  return value as unknown as ServiceShapes;
}

function corrupt(id: string, path: string, reason: string): StudioError {
  return new StudioError(
    'internal',
    `The AWS shapes file of service "${id}" (${path}) is corrupt: ${reason}. Rebuild it with \`npm run build\` or reinstall Connector Studio.`,
    { service: id, path },
  );
}

/**
 * Reads `<dir>/<service id>.json` (written by build/generate-shapes.mjs) when a service's shapes are
 * first asked for, and keeps the last few services parsed. A service without a file has no shapes.
 */
export function createShapeStore(dir: string): ShapeSource {
  // Promises are cached so concurrent requests for one service read its file once.
  const cache = new Map<string, Promise<ServiceShapes | undefined>>();

  async function load(id: string): Promise<ServiceShapes | undefined> {
    const path = join(dir, `${id}.json`);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new StudioError(
        'io',
        `Could not read the AWS shapes file ${path} (${code ?? 'error'}).`,
      );
    }
    return parseShapes(text, id, path);
  }

  return {
    serviceShapes(serviceId) {
      if (!SERVICE_ID.test(serviceId))
        return Promise.reject(
          new StudioError('invalid-input', `"${serviceId}" is not an AWS service id.`),
        );
      const cached = cache.get(serviceId);
      if (cached !== undefined) {
        // Most recently used last, so the oldest is evicted first.
        cache.delete(serviceId);
        cache.set(serviceId, cached);
        return cached;
      }
      const loading = load(serviceId);
      cache.set(serviceId, loading);
      // Missing files and failures are not kept: a rebuilt file is picked up on the next request.
      loading.then(
        (shapes) => {
          if (shapes === undefined && cache.get(serviceId) === loading) cache.delete(serviceId);
        },
        () => {
          if (cache.get(serviceId) === loading) cache.delete(serviceId);
        },
      );
      while (cache.size > CACHED_SERVICES) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return loading;
    },
  };
}

/**
 * Finds the generated shapes (dist/aws-shapes) above this module, in the source tree or beside the
 * bundle, as findStructureWorker finds the worker.
 */
export function findShapesDir(from = moduleDir()): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'aws-shapes');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function moduleDir(): string {
  // The Electron main is bundled as CommonJS, where import.meta is empty but __filename exists.
  return typeof __filename === 'string'
    ? dirname(__filename)
    : dirname(fileURLToPath(import.meta.url));
}
