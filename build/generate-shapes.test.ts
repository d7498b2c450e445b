import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRef, typeOf } from '../shared/aws/shapes';
import type { ServiceShapes, ShapeRef } from '../shared/aws/shapes';
import { retiredServices } from './generate-catalog.mjs';
import {
  buildServiceShapes,
  cleanDocumentation,
  parseDeclarations,
  shapesFromModel,
  writeAllShapes,
} from './generate-shapes.mjs';

function service(id: string): ServiceShapes {
  const shapes = buildServiceShapes(id);
  if (shapes === undefined) throw new Error(`${id} has no shapes`);
  return shapes;
}

/** The resolved side of an operation. */
function side(svc: ServiceShapes, operation: string, which: 'input' | 'output'): ShapeRef {
  const ref = svc.operations[operation]?.[which];
  if (ref === undefined) throw new Error(`${operation} has no ${which}`);
  return resolveRef(svc.shapes, ref);
}

/** A member of a resolved structure, resolved (its own traits win). */
function member(svc: ServiceShapes, structure: ShapeRef, name: string): ShapeRef {
  const ref = structure.members?.[name];
  if (ref === undefined) throw new Error(`no member ${name}`);
  return resolveRef(svc.shapes, ref);
}

function item(svc: ServiceShapes, list: ShapeRef): ShapeRef {
  if (list.member === undefined) throw new Error('not a list');
  return resolveRef(svc.shapes, list.member);
}

describe('generate-shapes', () => {
  it('polly DescribeVoices: voices with enums and documentation from the type declarations', () => {
    const polly = service('polly');
    expect(polly.service).toBe('polly');
    expect(polly.protocol).toBe('rest-json');
    const output = side(polly, 'DescribeVoices', 'output');
    expect(typeOf(output)).toBe('structure');
    expect(typeOf(member(polly, output, 'NextToken'))).toBe('string');

    const voices = member(polly, output, 'Voices');
    expect(typeOf(voices)).toBe('list');
    expect(voices.documentation).toMatch(/voices/i);
    const voice = item(polly, voices);
    expect(typeOf(voice)).toBe('structure');
    expect(Object.keys(voice.members ?? {})).toEqual(
      expect.arrayContaining(['Gender', 'Id', 'AdditionalLanguageCodes', 'SupportedEngines']),
    );
    expect(typeOf(member(polly, voice, 'AdditionalLanguageCodes'))).toBe('list');

    const engines = member(polly, voice, 'SupportedEngines');
    expect(typeOf(engines)).toBe('list');
    expect(item(polly, engines).enum).toContain('neural');

    const gender = member(polly, voice, 'Gender');
    expect(gender.enum).toEqual(['Female', 'Male']);
    expect(gender.documentation).toBe('Gender of the voice.');
  });

  it('keeps only the ShapeRef traits of shared/aws/shapes.ts', () => {
    const allowed = new Set([
      ...['shape', 'type', 'members', 'required', 'payload', 'member', 'key', 'value'],
      ...['flattened', 'locationName', 'jsonName', 'queryName', 'location', 'xmlAttribute'],
      ...['timestampFormat', 'enum', 'documentation', 'resultWrapper', 'exception', 'union'],
      ...['streaming', 'eventstream', 'sensitive', 'min', 'max'],
    ]);
    const found = new Set<string>();
    const walk = (ref: ShapeRef | undefined): void => {
      if (ref === undefined) return;
      for (const key of Object.keys(ref)) found.add(key);
      for (const child of Object.values(ref.members ?? {})) walk(child);
      walk(ref.member);
      walk(ref.key);
      walk(ref.value);
    };
    for (const id of ['s3', 'ec2', 'lambda', 'bedrockruntime', 'route53']) {
      const svc = service(id);
      for (const operation of Object.values(svc.operations)) {
        expect(Object.keys(operation).every((key) => key === 'input' || key === 'output')).toBe(
          true,
        );
        walk(operation.input);
        walk(operation.output);
      }
      for (const shape of Object.values(svc.shapes)) walk(shape);
    }
    expect([...found].filter((key) => !allowed.has(key))).toEqual([]);
    expect(found.has('locationName') && found.has('enum') && found.has('eventstream')).toBe(true);
  });

  it('dynamodb DescribeTable: timestamps and longs, and the recursive AttributeValue ends', () => {
    const dynamodb = service('dynamodb');
    expect(dynamodb.protocol).toBe('json');
    const table = member(dynamodb, side(dynamodb, 'DescribeTable', 'output'), 'Table');
    expect(typeOf(table)).toBe('structure');
    expect(typeOf(member(dynamodb, table, 'CreationDateTime'))).toBe('timestamp');
    expect(typeOf(member(dynamodb, table, 'ItemCount'))).toBe('long');
    expect(typeOf(member(dynamodb, table, 'TableSizeBytes'))).toBe('long');
    expect(member(dynamodb, table, 'TableStatus').enum).toContain('ACTIVE');

    // GetItem's Item is a map of AttributeValue, whose L and M hold AttributeValues again.
    const itemMap = member(dynamodb, side(dynamodb, 'GetItem', 'output'), 'Item');
    expect(typeOf(itemMap)).toBe('map');
    const value = resolveRef(dynamodb.shapes, itemMap.value ?? {});
    expect(typeOf(value)).toBe('structure');
    expect(member(dynamodb, value, 'S').documentation).toMatch(/String/);
  });

  it('s3 ListObjectsV2: a flattened list of objects with LastModified and Size', () => {
    const s3 = service('s3');
    expect(s3.protocol).toBe('rest-xml');
    const contents = member(s3, side(s3, 'ListObjectsV2', 'output'), 'Contents');
    expect(typeOf(contents)).toBe('list');
    expect(contents.flattened).toBe(true);
    const object = item(s3, contents);
    expect(typeOf(object)).toBe('structure');
    expect(typeOf(member(s3, object, 'LastModified'))).toBe('timestamp');
    expect(typeOf(member(s3, object, 'Size'))).toBe('long');
    const bucket = side(s3, 'ListObjectsV2', 'input').members?.Bucket;
    expect(bucket).toMatchObject({ location: 'uri', locationName: 'Bucket' });
  });

  it('iam ListUsers: the output keeps its resultWrapper', () => {
    const iam = service('iam');
    expect(iam.protocol).toBe('query');
    expect(iam.operations.ListUsers?.output?.resultWrapper).toBe('ListUsersResult');
  });

  it('skips retired services and refuses unknown ones', () => {
    expect(retiredServices.opsworks).toBeDefined();
    expect(buildServiceShapes('opsworks')).toBeUndefined();
    expect(() => buildServiceShapes('no-such-service')).toThrow(/no-such-service/);
  });

  describe('writeAllShapes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-shapes-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes one compact file per service that is not retired', () => {
      const summary = writeAllShapes(dir);
      expect(summary.files).toBeGreaterThan(300);
      expect(summary.bytes).toBeGreaterThan(0);
      for (const id of Object.keys(retiredServices))
        expect(existsSync(join(dir, `${id}.json`)), id).toBe(false);
      const text = readFileSync(join(dir, 'polly.json'), 'utf8');
      expect(text.includes('\n')).toBe(false);
      expect(JSON.parse(text)).toEqual(service('polly'));
    });
  });

  describe('type declarations', () => {
    const declarations = [
      'declare namespace Demo {',
      '  export interface Thing {',
      '    /**',
      '     * The <b>kind</b>   of',
      '     *   thing.',
      '     */',
      '    Kind?: Kind;',
      '    Children?: ThingList;',
      '    Tags?: TagMap;',
      '    Odd?: Kind;',
      '  }',
      '  export type Kind = "a"|"b \\"quoted\\""|string;',
      '  export type ThingList = Thing[];',
      '  export type TagMap = {[key: string]: Kind};',
      '  export interface GetThingInput {',
      '    Thing: Thing;',
      '  }',
      '}',
    ].join('\n');
    const method =
      '  getThing(params: Demo.Types.GetThingInput, callback?: (err: AWSError, data: {}) => void): Request<{}, AWSError>;';

    it('reads interfaces, enums, lists, maps and operation methods', () => {
      const parsed = parseDeclarations(`${method}\n${declarations}`);
      expect(parsed.methods.get('getThing')).toEqual({ input: 'GetThingInput', output: undefined });
      expect(parsed.types.get('Kind')).toEqual({ kind: 'enum', values: ['a', 'b "quoted"'] });
      expect(parsed.types.get('ThingList')).toEqual({ kind: 'list', item: 'Thing' });
      expect(parsed.types.get('TagMap')).toEqual({ kind: 'map', value: 'Kind' });
      const thing = parsed.types.get('Thing');
      const kind = thing?.kind === 'interface' ? thing.members.Kind : undefined;
      expect(kind?.type).toBe('Kind');
      expect(cleanDocumentation(kind?.documentation ?? '')).toBe('The kind of thing.');
    });

    it('enriches a recursive model, puts shared enums on the named shape and skips mismatches', () => {
      const model = {
        metadata: { protocol: 'json' },
        operations: {
          GetThing: { input: { type: 'structure', members: { Thing: { shape: 'S1' } } } },
        },
        shapes: {
          S1: {
            type: 'structure',
            members: {
              Kind: { shape: 'S2' },
              Children: { type: 'list', member: { shape: 'S1' } },
              Tags: { type: 'map', key: {}, value: {} },
              Odd: { type: 'integer', idempotencyToken: true },
            },
          },
          S2: { type: 'string', sensitive: true },
          Unused: { type: 'structure', members: {} },
        },
      };
      const shapes = shapesFromModel('demo', model, `${method}\n${declarations}`);
      expect(Object.keys(shapes.shapes)).toEqual(['S1', 'S2']);
      expect(shapes.shapes.S2).toEqual({
        type: 'string',
        sensitive: true,
        enum: ['a', 'b "quoted"'],
      });
      const thing = shapes.shapes.S1?.members ?? {};
      expect(thing.Kind).toEqual({ shape: 'S2', documentation: 'The kind of thing.' });
      expect(thing.Tags?.value?.enum).toEqual(['a', 'b "quoted"']);
      expect(thing.Odd).toEqual({ type: 'integer' });
    });

    it('cleans documentation: tags stripped, whitespace collapsed, long text capped', () => {
      expect(cleanDocumentation('  <p>Hello   <code>world</code>.</p><p>Again.</p> ')).toBe(
        'Hello world. Again.',
      );
      expect(cleanDocumentation('When a < b and c > d.')).toBe('When a < b and c > d.');
      expect(cleanDocumentation('<p></p>')).toBeUndefined();
      const long = cleanDocumentation('word '.repeat(200)) ?? '';
      expect(long.length).toBeLessThanOrEqual(400);
      expect(long.endsWith('word…')).toBe(true);
    });
  });
});
