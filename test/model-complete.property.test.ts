// Property: for any sample generated from an operation's output shape, the model-complete structure
// contains every element of the sample-only structure, of the same kind and the same or a wider type.
// Maps are left out of the comparison: their keys are data, and model-complete folds them into
// Key/Value lists by design (see the golden tests); a number that is a model timestamp becoming
// DateTime is the one documented narrowing (docs/rules/json-structure.md, model-complete).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildServiceShapes } from '../build/generate-shapes.mjs';
import { operationModel, resolveRef, typeOf } from '../shared/aws/shapes';
import type { ServiceShapes, ShapeRef } from '../shared/aws/shapes';
import { inferJsonStructure } from '../shared/domain/json-structure/index';
import type { PrimitiveType } from '../shared/domain/json-structure/index';

const services = ['polly', 'dynamodb', 'lambda', 'rekognition', 'secretsmanager', 'kinesis'];
const shapes = new Map<string, ServiceShapes>(
  services.map((id) => [id, buildServiceShapes(id) as ServiceShapes]),
);
const operations = services.flatMap((id) =>
  Object.keys((shapes.get(id) as ServiceShapes).operations)
    .filter((name) => operationModel(shapes.get(id) as ServiceShapes, name, 'output'))
    .map((name) => ({ service: id, name })),
);

/** A small deterministic generator, seeded by fast-check, so a failure replays from its seed. */
class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 2 ** 32;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

interface Generated {
  value: unknown;
}

/** A JSON value of the shape, as a JSON-protocol service would send it; records the paths of maps. */
function generate(
  table: Readonly<Record<string, ShapeRef>>,
  ref: ShapeRef,
  random: Random,
  path: string,
  seen: readonly string[],
  maps: string[],
): Generated | undefined {
  const shape = resolveRef(table, ref);
  if (ref.shape !== undefined && seen.filter((s) => s === ref.shape).length >= 1) return undefined;
  const trail = ref.shape !== undefined ? [...seen, ref.shape] : seen;
  if (trail.length > 8) return undefined;
  switch (typeOf(shape)) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (member.location !== undefined || random.next() < 0.4) continue;
        const key = member.jsonName ?? member.locationName ?? name;
        const child = generate(table, member, random, `${path}|${key}`, trail, maps);
        if (child) out[key] = child.value;
      }
      return { value: out };
    }
    case 'list': {
      const item = shape.member ?? {};
      const itemType = typeOf(resolveRef(table, item));
      const segment =
        itemType === 'structure' || itemType === 'map'
          ? '(Object)'
          : itemType === 'list'
            ? '(Array)'
            : '(Wrapper)';
      const items: unknown[] = [];
      for (let k = random.int(3); k > 0; k--) {
        const child = generate(table, item, random, `${path}|${segment}`, trail, maps);
        if (child) items.push(child.value);
      }
      return { value: items };
    }
    case 'map': {
      maps.push(path);
      const out: Record<string, unknown> = {};
      for (let k = random.int(3); k > 0; k--) {
        const child = generate(table, shape.value ?? {}, random, `${path}|k`, trail, maps);
        if (child) out[`k-${random.int(1e6)}-${k}`] = child.value;
      }
      return { value: out };
    }
    case 'string':
    case 'char':
      return {
        value:
          shape.enum && shape.enum.length > 0
            ? random.pick(shape.enum)
            : random.pick(['abc', 'two words', '2024-05-01T10:00:00Z', '12', '']),
      };
    case 'blob':
      return { value: 'QUJD' };
    case 'boolean':
      return { value: random.next() < 0.5 };
    case 'timestamp':
      return { value: random.pick([1714557600, 1714557600.25]) };
    case 'integer':
    case 'short':
    case 'byte':
      return { value: random.int(1000) };
    case 'long':
    case 'biginteger':
      return { value: random.pick([0, 7, 5_000_000_000]) };
    case 'float':
    case 'double':
    case 'bigdecimal':
      return { value: random.pick([0, 3, 1.5]) };
  }
}

const rank: Partial<Record<PrimitiveType, number>> = { Integer: 1, Long: 2, Decimal: 3 };

/** Whether `wide` holds every value `narrow` holds (the model-timestamp case aside). */
function sameOrWider(wide: PrimitiveType, narrow: PrimitiveType): boolean {
  if (wide === narrow || narrow === 'Unknown' || wide === 'String') return true;
  const rw = rank[wide];
  const rn = rank[narrow];
  if (rw !== undefined && rn !== undefined) return rw >= rn;
  // Documented: a number the model calls a timestamp (epoch seconds) becomes DateTime.
  return wide === 'DateTime' && rn !== undefined;
}

describe('model-complete structures (property)', () => {
  it('contain every sample-only element with the same kind and the same or a wider type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...operations), fc.integer(), ({ service, name }, seed) => {
        const table = shapes.get(service) as ServiceShapes;
        const model = operationModel(table, name, 'output');
        if (!model) return;
        const maps: string[] = [];
        const generated = generate(
          model.shapes,
          model.root,
          new Random(seed),
          '(Object)',
          [],
          maps,
        );
        const sample = JSON.stringify(generated?.value ?? {});
        const options = { studioProVersion: 10 as const, protocol: table.protocol };
        const plain = inferJsonStructure([sample], options);
        const complete = inferJsonStructure([sample], { ...options, model });
        const byPath = new Map(complete.elements.map((e) => [e.path, e]));
        const inMap = (path: string) => maps.some((m) => path === m || path.startsWith(`${m}|`));
        for (const element of plain.elements) {
          if (inMap(element.path)) continue;
          const match = byPath.get(element.path);
          expect(
            match,
            `${service} ${name}: ${element.path} missing (sample ${sample})`,
          ).toBeDefined();
          expect(match?.kind, `${service} ${name}: ${element.path}`).toBe(element.kind);
          expect(
            sameOrWider(match?.primitiveType ?? 'Unknown', element.primitiveType),
            `${service} ${name}: ${element.path} ${element.primitiveType} → ${match?.primitiveType}`,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
