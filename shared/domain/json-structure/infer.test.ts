import { describe, expect, it } from 'vitest';
import {
  inferJsonStructure,
  inferLikeStudioPro,
  MAX_JSON_NESTING,
  StructureParseError,
} from './index';
import type { JsonStructure } from './index';

const infer = (samples: string[], protocol?: string): JsonStructure =>
  inferJsonStructure(
    samples,
    protocol === undefined ? { studioProVersion: 10 } : { studioProVersion: 10, protocol },
  );

const at = (structure: JsonStructure, path: string) => {
  const element = structure.elements.find((e) => e.path === path);
  if (!element)
    throw new Error(`no element at ${path}: ${structure.elements.map((e) => e.path).join(', ')}`);
  return element;
};
const kinds = (structure: JsonStructure) => structure.findings.map((f) => f.kind);

describe('types from the literal text', () => {
  it.each([
    ['41850.0', 'Decimal'],
    ['1e3', 'Decimal'],
    ['-2147483648', 'Integer'],
    ['2147483647', 'Integer'],
    ['2147483648', 'Long'],
    ['-2147483649', 'Long'],
    ['9223372036854775807', 'Long'],
    ['9223372036854775808', 'Decimal'],
    ['true', 'Boolean'],
    ['null', 'Unknown'],
    ['"2000-01-01T00:00:00Z"', 'DateTime'],
    ['"1985-04-12T23:20:50.52Z"', 'DateTime'],
    ['"2019-09-23T18:32:33.857+0000"', 'DateTime'],
    ['"2000-01-01"', 'String'],
    ['"12:00:00"', 'String'],
    ['"2000-13-01T00:00:00Z"', 'String'],
    ['"text"', 'String'],
  ])('%s is %s', (literal, type) => {
    expect(at(infer([`{"v":${literal}}`]), '(Object)|v').primitiveType).toBe(type);
  });
});

describe('merging items and samples', () => {
  it('widens compatible types and marks null as nillable', () => {
    const s = infer([
      '{"a":[{"n":1,"d":1,"t":"2000-01-01T00:00:00Z","x":null},{"n":3000000000,"d":1.5,"t":"later","x":"s"}]}',
    ]);
    expect(at(s, '(Object)|a|(Object)|n').primitiveType).toBe('Long');
    expect(at(s, '(Object)|a|(Object)|d').primitiveType).toBe('Decimal');
    expect(at(s, '(Object)|a|(Object)|t').primitiveType).toBe('String');
    expect(at(s, '(Object)|a|(Object)|x')).toMatchObject({
      primitiveType: 'String',
      nillable: true,
      studioProType: 'Unknown',
    });
    expect(kinds(s)).toEqual(expect.arrayContaining(['type-widened', 'null-sample']));
  });

  it('takes the union of keys over items and samples and marks missing ones optional', () => {
    const s = infer(['{"a":[{"x":1},{"x":2,"y":2}]}', '{"a":[{"x":1}],"b":true}']);
    expect(at(s, '(Object)|a|(Object)|x').optional).toBeUndefined();
    expect(at(s, '(Object)|a|(Object)|y').optional).toBe(true);
    expect(at(s, '(Object)|b').optional).toBe(true);
    expect(s.findings.filter((f) => f.kind === 'later-item-keys').map((f) => f.path)).toEqual([
      '(Object)|a|(Object)|y',
      '(Object)|b',
    ]);
  });

  it('reports incompatible kinds and mixed arrays instead of failing', () => {
    const s = infer(['{"v":{"a":1},"m":[1,"a"],"o":[{"a":1},2]}', '{"v":3}']);
    expect(at(s, '(Object)|v').kind).toBe('Object');
    expect(at(s, '(Object)|m|(Wrapper)|(Value)').primitiveType).toBe('String');
    expect(kinds(s)).toEqual(expect.arrayContaining(['incompatible-types', 'mixed-array']));
    expect(s.findings.filter((f) => f.kind === 'mixed-array')).toHaveLength(2);
  });

  it('notes epoch-number timestamps from JSON-protocol services', () => {
    const s = infer(
      ['{"Table":{"CreationDateTime":1.57E9,"LastModifiedTime":1570000000,"Count":3}}'],
      'json',
    );
    expect(at(s, '(Object)|Table|CreationDateTime').notes.join()).toMatch(/Epoch/);
    expect(s.findings.filter((f) => f.kind === 'epoch-timestamp')).toHaveLength(2);
    expect(infer(['{"CreationDateTime":1}'], 'rest-xml').findings).toEqual([]);
  });
});

describe('anonymous names and uniqueness', () => {
  it('names root arrays, nested arrays and primitive arrays', () => {
    const s = infer(['[{"Items":[[1]],"Tags":["a"],"Data":[{"k":1}]}]']);
    expect(s.elements.map((e) => `${e.path}=${e.name}:${e.kind}`)).toEqual([
      '(Array)=Root:Array',
      '(Array)|(Object)=JsonObject:Object',
      '(Array)|(Object)|Items=Items:Array',
      '(Array)|(Object)|Items|(Array)=Item:Array',
      '(Array)|(Object)|Items|(Array)|(Wrapper)=Item_2:Wrapper',
      '(Array)|(Object)|Items|(Array)|(Wrapper)|(Value)=Value:Value',
      '(Array)|(Object)|Tags=Tags:Array',
      '(Array)|(Object)|Tags|(Wrapper)=Tag:Wrapper',
      '(Array)|(Object)|Tags|(Wrapper)|(Value)=Value:Value',
      '(Array)|(Object)|Data=Data:Array',
      '(Array)|(Object)|Data|(Object)=DataItem:Object',
      '(Array)|(Object)|Data|(Object)|k=K:Value',
    ]);
  });

  it('makes object, array and wrapper names unique in the document, and values among siblings', () => {
    const s = infer(['{"Voice":{"a":1},"Voices":[{"x":1}],"b":{"Voice":{"c":1},"A":2,"a":3}}']);
    expect(s.elements.map((e) => e.name)).toEqual([
      'Root',
      'Voice',
      'A',
      'Voices',
      'Voice_2',
      'X',
      'B',
      'Voice_3',
      'C',
      'A',
      'A_2',
    ]);
    expect(kinds(s).filter((k) => k === 'renamed-clash')).toHaveLength(3);
  });

  it('follows Studio Pro 9 for item names', () => {
    const s = inferJsonStructure(['{"Voices":[{"a":1}],"More":[{"b":1}]}'], {
      studioProVersion: 9,
    });
    expect(s.elements.filter((e) => e.maxOccurs === -1).map((e) => e.name)).toEqual([
      'JsonObject',
      'JsonObject_2',
    ]);
  });
});

describe('Studio Pro first-item rule', () => {
  it('reads only the first item of every array and the first sample', () => {
    const s = inferLikeStudioPro('{"a":[{"x":null},{"x":1,"y":2}]}', { studioProVersion: 10 });
    expect(s.elements.map((e) => `${e.name}:${e.primitiveType}`)).toEqual([
      'Root:Unknown',
      'A:Unknown',
      'AItem:Unknown',
      'X:Unknown',
    ]);
  });
});

describe('robustness', () => {
  it('handles nesting up to the limit without recursion', () => {
    const depth = MAX_JSON_NESTING;
    const s = infer([`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`]);
    expect(s.elements).toHaveLength(depth + 1);
    expect(s.elements[depth]).toMatchObject({ depth, primitiveType: 'Integer' });
    const arrays = infer([`${'['.repeat(depth)}${']'.repeat(depth)}`]);
    expect(arrays.elements).toHaveLength(depth);
  });

  it('refuses nesting past the limit with the depth, the limit and the position', () => {
    for (const depth of [MAX_JSON_NESTING + 1, 10_000, 20_000]) {
      const text = `{"x":1,"deep":${'['.repeat(depth - 1)}"]["${']'.repeat(depth - 1)}}`;
      expect(() => infer([text])).toThrow(
        `The JSON is nested ${depth} levels deep, past the limit of ${MAX_JSON_NESTING} levels at line 1, column ${15 + MAX_JSON_NESTING}`,
      );
    }
  });

  it('handles 50,000 keys in one object', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `"k${i}":${i}`);
    const s = infer([`{${keys.join(',')}}`]);
    expect(s.elements).toHaveLength(50_001);
    expect(s.elements[50_000]?.name).toBe('K49999');
  });

  it('keeps keys like __proto__ and constructor, empty keys, unicode and escapes', () => {
    const s = infer([
      '{"__proto__":{"polluted":1},"constructor":"c","":1,"caf\\u00e9":"\\u2603","a\\"b":true}',
    ]);
    expect(s.elements.map((e) => e.key)).toEqual([
      null,
      '__proto__',
      'polluted',
      'constructor',
      '',
      'café',
      'a"b',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(at(s, '(Object)|café').sample).toBe('"\\u2603"');
  });

  it.each([
    ['{"a":1,}', 1, 8, 'Expected a key'],
    ['{"a":1\n  "b":2}', 2, 3, "Expected ',' or '}'"],
    ['[1,2', 1, 5, "Expected ',' or ']'"],
    ['{"a":tru}', 1, 6, 'Unexpected character'],
    ['"abc', 1, 1, 'Unterminated string'],
    ['{"a":"x\ny"}', 1, 8, 'Control character'],
    ['{"a":01}', 1, 7, "Expected ',' or '}'"],
    ['{"a":1} x', 1, 9, 'Unexpected text'],
    ['', 1, 1, 'Empty input'],
    ['{"a":"\\q"}', 1, 7, 'Invalid escape'],
  ])('malformed %j fails at line %i, column %i', (text, line, column, reason) => {
    try {
      infer(['{}', text]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StructureParseError);
      const parseError = error as StructureParseError;
      expect([parseError.line, parseError.column, parseError.sampleIndex]).toEqual([
        line,
        column,
        1,
      ]);
      expect(parseError.message).toContain(reason);
      expect(parseError.excerpt.length).toBeLessThan(60);
    }
  });
});
