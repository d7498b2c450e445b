import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceShapes } from '../../../shared/aws/shapes';
import { StudioError } from '../../../shared/ipc/errors';
import { createShapeStore, findShapesDir } from './shape-store';

const polly: ServiceShapes = {
  service: 'polly',
  protocol: 'rest-json',
  operations: { DescribeVoices: { output: { type: 'structure', members: { NextToken: {} } } } },
  shapes: {},
};

function shapesOf(id: string): ServiceShapes {
  return { ...polly, service: id };
}

describe('shape store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shape-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a service file and returns the cached object on the next request', async () => {
    writeFileSync(join(dir, 'polly.json'), JSON.stringify(polly));
    const store = createShapeStore(dir);
    const first = await store.serviceShapes('polly');
    expect(first).toEqual(polly);
    rmSync(join(dir, 'polly.json'));
    expect(await store.serviceShapes('polly')).toBe(first);
  });

  it('reads a file once for concurrent requests', async () => {
    writeFileSync(join(dir, 'polly.json'), JSON.stringify(polly));
    const store = createShapeStore(dir);
    const [a, b] = await Promise.all([store.serviceShapes('polly'), store.serviceShapes('polly')]);
    expect(a).toBe(b);
  });

  it('keeps only a few services', async () => {
    const ids = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'];
    for (const id of ids) writeFileSync(join(dir, `${id}.json`), JSON.stringify(shapesOf(id)));
    const store = createShapeStore(dir);
    const first = await store.serviceShapes('a1');
    for (const id of ids.slice(1)) await store.serviceShapes(id);
    const again = await store.serviceShapes('a1');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('returns undefined for a service without a file, and reads it once it appears', async () => {
    const store = createShapeStore(dir);
    expect(await store.serviceShapes('polly')).toBeUndefined();
    writeFileSync(join(dir, 'polly.json'), JSON.stringify(polly));
    expect(await store.serviceShapes('polly')).toEqual(polly);
    expect(await createShapeStore(join(dir, 'missing')).serviceShapes('polly')).toBeUndefined();
  });

  it('throws a StudioError for a corrupt file', async () => {
    writeFileSync(join(dir, 'polly.json'), '{"service":"polly",');
    writeFileSync(join(dir, 'sqs.json'), JSON.stringify(polly));
    writeFileSync(join(dir, 'sns.json'), '[]');
    const store = createShapeStore(dir);
    for (const id of ['polly', 'sqs', 'sns']) {
      const error: unknown = await store.serviceShapes(id).catch((e: unknown) => e);
      expect(error, id).toBeInstanceOf(StudioError);
      expect((error as StudioError).code).toBe('internal');
      expect((error as StudioError).message).toMatch(new RegExp(`"${id}".*corrupt`));
    }
  });

  it('refuses ids that are not catalog ids, so nothing outside the folder is read', async () => {
    mkdirSync(join(dir, 'inner'));
    writeFileSync(join(dir, 'secret.json'), JSON.stringify(shapesOf('secret')));
    const store = createShapeStore(join(dir, 'inner'));
    for (const id of ['../secret', 'a/b', 'Polly', '', 'polly.json', 'x\0y', '..']) {
      const error: unknown = await store.serviceShapes(id).catch((e: unknown) => e);
      expect(error, id).toBeInstanceOf(StudioError);
      expect((error as StudioError).code).toBe('invalid-input');
    }
  });

  it('finds dist/aws-shapes above a folder', () => {
    mkdirSync(join(dir, 'dist', 'aws-shapes'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'cli-chunks'), { recursive: true });
    expect(findShapesDir(join(dir, 'dist', 'cli-chunks'))).toBe(join(dir, 'dist', 'aws-shapes'));
    expect(findShapesDir(join(dir, 'dist'))).toBe(join(dir, 'dist', 'aws-shapes'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-shapes-'));
    try {
      const found = findShapesDir(elsewhere);
      // Only a dist/aws-shapes in an ancestor of the temp folder (none on a clean machine) is found.
      expect(found === undefined || !found.startsWith(elsewhere)).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
