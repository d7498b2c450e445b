import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  catalogPath,
  retiredServices,
  serializeCatalog,
} from './generate-catalog.mjs';

describe('generate-catalog', () => {
  const generated = buildCatalog();

  it('matches the committed shared/aws/catalog.json (run `npm run catalog` after changing the generator)', () => {
    const committed = readFileSync(catalogPath, 'utf8');
    // Compare a summary first so a failure names what changed rather than dumping a megabyte.
    const summary = (text: string) =>
      (JSON.parse(text) as { services: Array<{ id: string; operations: unknown[] }> }).services.map(
        (s) => `${s.id}:${s.operations.length}`,
      );
    const fresh = serializeCatalog(generated);
    expect(summary(committed)).toEqual(summary(fresh));
    expect(committed === fresh).toBe(true);
  });

  it('reads the pinned SDK and hides every retired service', () => {
    const pinned = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['aws-sdk'];
    expect(generated.sdkVersion).toBe(pinned);
    const ids = new Set(generated.services.map((s) => s.id));
    for (const id of Object.keys(retiredServices)) expect(ids.has(id), id).toBe(false);
    expect(generated.retired.map((r) => r.id)).toEqual(Object.keys(retiredServices).sort());
  });

  it('fills model defaults: POST and / when the model gives no http block', () => {
    const dynamodb = generated.services.find((s) => s.id === 'dynamodb');
    const listTables = dynamodb?.operations.find((op) => op.name === 'ListTables');
    expect(listTables).toEqual({ name: 'ListTables', method: 'POST', uri: '/' });
  });

  it('is sorted: services by id, operations by name', () => {
    const ids = generated.services.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    for (const service of generated.services) {
      const names = service.operations.map((op) => op.name);
      expect(names).toEqual([...names].sort());
    }
  });
});
