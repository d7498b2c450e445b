import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferJsonStructure } from './infer';
import { dataKeyKind } from './map-keys';
import { toRepresentativeSnippet } from './snippet';
import { formatStructureTree } from './text-tree';

const listSecrets = readFileSync(
  join(__dirname, '../plan/fixtures/secretsmanager-list-secrets.json'),
  'utf8',
);

describe('map keys', () => {
  it('tells data keys from names', () => {
    expect(dataKeyKind('EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE')).toBe('strong');
    expect(dataKeyKind('a1b2c3d4-5678-90ab-cdef-EXAMPLE11111')).toBe('strong');
    expect(dataKeyKind('arn:aws:sqs:us-east-1:123456789012:q')).toBe('strong');
    expect(dataKeyKind('x-amz-meta-owner')).toBe('weak');
    expect(dataKeyKind('VersionId')).toBe('name');
    expect(dataKeyKind('@_xmlns')).toBe('name');
  });

  it('models Secrets Manager SecretVersionsToStages as Key/Value items, never naming elements after version ids', () => {
    const structure = inferJsonStructure([listSecrets], { studioProVersion: 10, protocol: 'json' });
    const names = structure.elements.map((e) => e.name);
    expect(names.some((name) => name.includes('EXAMPLE'))).toBe(false);
    expect(formatStructureTree(structure).split('\n').slice(7, 12).join('\n'))
      .toMatchInlineSnapshot(`
      "      SecretVersionsToStages  Array 0..1
              SecretVersionsToStage  Object 0..*
                Key  String 0..1 = "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE"
                Value  Array 0..1
                  ValueItem  Wrapper 0..*"
    `);
    const finding = structure.findings.find((f) => f.kind === 'map-keys');
    expect(finding?.path).toBe('(Object)|SecretList|(Object)|SecretVersionsToStages');
    expect(finding?.message).toContain('rewrite each SecretVersionsToStages object into an array');
    expect(
      JSON.parse(toRepresentativeSnippet(structure)).SecretList[0].SecretVersionsToStages,
    ).toEqual([{ Key: 'EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE', Value: ['AWSCURRENT'] }]);
  });

  it('leaves objects with named keys and objects whose values differ in shape alone', () => {
    const structure = inferJsonStructure(
      [
        JSON.stringify({
          Configuration: { FunctionName: 'f', Runtime: 'nodejs20.x' },
          Mixed: { 'a-1': 'x', 'b-2': { Nested: 1 } },
          One: { 'x-amz-meta-a': 'only one weak key' },
        }),
      ],
      { studioProVersion: 10 },
    );
    expect(structure.findings.filter((f) => f.kind === 'map-keys')).toEqual([]);
    expect(structure.elements.find((e) => e.key === 'Mixed')?.kind).toBe('Object');
  });

  it('gives the Value the widest type of all the map values', () => {
    const structure = inferJsonStructure(
      [JSON.stringify({ Scores: { 'arn:aws:a': { N: 1 }, 'arn:aws:b': { N: 2.5 } } })],
      { studioProVersion: 10 },
    );
    const value = structure.elements.find((e) => e.path.endsWith('|Value|N'));
    expect([value?.primitiveType, value?.sample]).toEqual(['Decimal', '2.5']);
  });

  it('folds maps inside the value of another map', () => {
    const structure = inferJsonStructure(
      [
        JSON.stringify({
          ById: {
            '11111111-2222-3333-4444-555555555555': { '2024-01-01': 1, '2024-01-02': 2 },
            '66666666-7777-8888-9999-000000000000': { '2024-02-01': 3 },
          },
        }),
      ],
      { studioProVersion: 10 },
    );
    expect(structure.elements.map((e) => `${e.path} ${e.kind}`)).toEqual([
      '(Object) Object',
      '(Object)|ById Array',
      '(Object)|ById|(Object) Object',
      '(Object)|ById|(Object)|Key Value',
      '(Object)|ById|(Object)|Value Array',
      '(Object)|ById|(Object)|Value|(Object) Object',
      '(Object)|ById|(Object)|Value|(Object)|Key Value',
      '(Object)|ById|(Object)|Value|(Object)|Value Value',
    ]);
  });

  it('folds a map with a single data key that has members after it (found by a property test: it never ended)', () => {
    const structure = inferJsonStructure(
      ['{"SecretList":[{"SecretVersionsToStages":{"0":"cy"},"Name":"n"}],"NextToken":null}'],
      { studioProVersion: 10 },
    );
    const paths = structure.elements.map((e) => e.path);
    expect(paths).toContain('(Object)|SecretList|(Object)|SecretVersionsToStages|(Object)|Key');
    expect(paths).toContain('(Object)|SecretList|(Object)|Name');
    expect(paths).toContain('(Object)|NextToken');
    expect(structure.findings.map((f) => f.kind)).toContain('map-keys');
  });
});
