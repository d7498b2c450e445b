// Model-complete structures against real AWS models (aws-sdk v2, pinned) and real responses: the
// first voice moto serves, AWS's documented example responses, and S3's XML with a single object.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildServiceShapes } from '../build/generate-shapes.mjs';
import { operationModel } from '../shared/aws/shapes';
import type { ServiceShapes } from '../shared/aws/shapes';
import {
  formatStructureTree,
  inferJsonStructure,
  inferLikeStudioPro,
  toRepresentativeSnippet,
} from '../shared/domain/json-structure/index';
import type { JsonStructure, StructureElement } from '../shared/domain/json-structure/index';
import { unwrapXmlSamples } from '../shared/domain/xml-schema/response-format';
import { xmlToJson } from '../electron/services/http/xml-json';

const shapesCache = new Map<string, ServiceShapes>();
function shapesOf(service: string): ServiceShapes {
  let shapes = shapesCache.get(service);
  if (!shapes) {
    shapes = buildServiceShapes(service) as ServiceShapes;
    shapesCache.set(service, shapes);
  }
  return shapes;
}

function complete(service: string, operation: string, samples: string[]): JsonStructure {
  const shapes = shapesOf(service);
  const model = operationModel(shapes, operation, 'output');
  if (!model) throw new Error(`no output model for ${service} ${operation}`);
  return inferJsonStructure(samples, { studioProVersion: 10, protocol: shapes.protocol, model });
}

function sampleOnly(service: string, samples: string[]): JsonStructure {
  return inferJsonStructure(samples, {
    studioProVersion: 10,
    protocol: shapesOf(service).protocol,
  });
}

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/model-complete/${name}`, import.meta.url), 'utf8');
const jsonFixture = (name: string): string =>
  readFileSync(
    new URL(`../shared/domain/json-structure/fixtures/${name}`, import.meta.url),
    'utf8',
  );

function at(structure: JsonStructure, path: string): StructureElement {
  const element = structure.elements.find((e) => e.path === path);
  if (!element) throw new Error(`no element ${path}`);
  return element;
}

/** The golden text: the tree with its findings, then the representative snippet. */
function golden(structure: JsonStructure): string {
  return `${formatStructureTree(structure)}\n\n--- representative snippet\n${toRepresentativeSnippet(structure)}\n`;
}

/** What Studio Pro derives from the snippet: the same elements, kinds and types as the structure. */
function expectSnippetRoundTrip(structure: JsonStructure): void {
  const pasted = inferLikeStudioPro(toRepresentativeSnippet(structure), { studioProVersion: 10 });
  const shape = (s: JsonStructure) =>
    s.elements.map((e) => `${e.path} ${e.kind} ${e.primitiveType}`);
  expect(shape(pasted)).toEqual(shape(structure));
}

const xmlSample = (text: string, protocol = 'rest-xml'): string[] => {
  const unwrapped = unwrapXmlSamples([xmlToJson(text)], protocol);
  if (!unwrapped) throw new Error('not an XML document');
  return unwrapped.samples;
};

describe('model-complete structures (golden)', () => {
  it('Polly DescribeVoices from the first moto voice alone', async () => {
    // moto 5.2's first voice (moto/polly/resources.py VOICE_DATA[0]).
    const sample = JSON.stringify({
      Voices: [
        {
          Gender: 'Female',
          Id: 'Isabelle',
          LanguageCode: 'fr-BE',
          LanguageName: 'Belgian French',
          Name: 'Isabelle',
          SupportedEngines: ['neural'],
        },
      ],
    });
    const structure = complete('polly', 'DescribeVoices', [sample]);
    const languages = at(structure, '(Object)|Voices|(Object)|AdditionalLanguageCodes');
    expect([languages.kind, languages.origin]).toEqual(['Array', 'model']);
    expect(at(structure, `${languages.path}|(Wrapper)|(Value)`).primitiveType).toBe('String');
    const engines = at(structure, '(Object)|Voices|(Object)|SupportedEngines');
    expect([engines.kind, engines.origin]).toEqual(['Array', 'both']);
    const token = at(structure, '(Object)|NextToken');
    expect([token.kind, token.primitiveType, token.origin]).toEqual(['Value', 'String', 'model']);
    const gender = structure.findings.find(
      (f) => f.kind === 'model-enum' && f.path.endsWith('Gender'),
    );
    expect(gender?.message).toContain('Female, Male');
    expect(structure.model).toEqual({ service: 'polly', operation: 'DescribeVoices' });
    // The snippet carries a real enum value where only the model knows the member.
    expect(toRepresentativeSnippet(structure)).toMatch(/"SupportedEngines": \[\s*"neural"/);
    expectSnippetRoundTrip(structure);
    await expect(golden(structure)).toMatchFileSnapshot(
      './fixtures/model-complete/polly-describe-voices.golden.txt',
    );
  });

  it('DynamoDB DescribeTable: timestamps and longs from the model though the sample holds small numbers', async () => {
    const structure = complete('dynamodb', 'DescribeTable', [
      fixture('dynamodb-describe-table.json'),
    ]);
    expect(at(structure, '(Object)|Table|CreationDateTime').primitiveType).toBe('DateTime');
    expect(at(structure, '(Object)|Table|ItemCount').primitiveType).toBe('Long');
    expect(at(structure, '(Object)|Table|TableSizeBytes').primitiveType).toBe('Long');
    // Sample-only, the same sample gives numbers of the sizes it happened to hold.
    const plain = sampleOnly('dynamodb', [fixture('dynamodb-describe-table.json')]);
    expect(at(plain, '(Object)|Table|ItemCount').primitiveType).toBe('Integer');
    expect(at(plain, '(Object)|Table|CreationDateTime').primitiveType).toBe('Decimal');
    // The example date is the sample's own instant, in ISO 8601.
    expect(at(structure, '(Object)|Table|CreationDateTime').sample).toBe(
      '"2023-12-01T12:00:35.282Z"',
    );
    expectSnippetRoundTrip(structure);
    await expect(golden(structure)).toMatchFileSnapshot(
      './fixtures/model-complete/dynamodb-describe-table.golden.txt',
    );
  });

  it('S3 ListObjectsV2 (XML): Contents is a list with one object, LastModified a DateTime, Size a Long', async () => {
    const structure = complete(
      's3',
      'ListObjectsV2',
      xmlSample(fixture('s3-list-objects-v2-one.xml')),
    );
    const contents = at(structure, '(Object)|Contents');
    expect([contents.kind, contents.origin]).toEqual(['Array', 'both']);
    expect(at(structure, '(Object)|Contents|(Object)|LastModified').primitiveType).toBe('DateTime');
    expect(at(structure, '(Object)|Contents|(Object)|Size').primitiveType).toBe('Long');
    expect(at(structure, '(Object)|KeyCount').primitiveType).toBe('Integer');
    expect(at(structure, '(Object)|IsTruncated').primitiveType).toBe('Boolean');
    // Members no sample showed: the checksum algorithm list, the owner, the continuation tokens.
    expect(at(structure, '(Object)|Contents|(Object)|ChecksumAlgorithm').origin).toBe('model');
    expect(at(structure, '(Object)|NextContinuationToken').origin).toBe('model');
    await expect(golden(structure)).toMatchFileSnapshot(
      './fixtures/model-complete/s3-list-objects-v2.golden.txt',
    );
  });

  it('IAM ListUsers (query protocol): the result wrapper, member lists, the envelope marked sample only', () => {
    const structure = complete(
      'iam',
      'ListUsers',
      xmlSample(fixture('iam-list-users.xml'), 'query'),
    );
    expect(at(structure, '(Object)').origin).toBe('both');
    const user = '(Object)|ListUsersResult|Users|member|(Object)';
    expect(at(structure, '(Object)|ListUsersResult|Users|member').kind).toBe('Array');
    expect(at(structure, `${user}|CreateDate`).primitiveType).toBe('DateTime');
    expect(at(structure, `${user}|UserName`).minOccurs).toBe(1);
    expect(at(structure, `${user}|PasswordLastUsed`).origin).toBe('model');
    expect(at(structure, `${user}|Tags|member|(Object)|Key`).origin).toBe('model');
    expect(at(structure, '(Object)|ListUsersResult|IsTruncated').primitiveType).toBe('Boolean');
    expect(at(structure, '(Object)|ResponseMetadata').origin).toBe('sample');
  });

  it('Lambda ListFunctions (AWS documented example response)', async () => {
    const structure = complete('lambda', 'ListFunctions', [
      jsonFixture('lambda-list-functions.json'),
    ]);
    const fn = '(Object)|Functions|(Object)';
    expect(at(structure, `${fn}|CodeSize`).primitiveType).toBe('Long');
    expect(at(structure, `${fn}|Timeout`).primitiveType).toBe('Integer');
    // Not in AWS's example, known to the model: the architectures, the ephemeral storage size.
    expect(at(structure, `${fn}|Architectures`).origin).toBe('model');
    expect(at(structure, `${fn}|EphemeralStorage|Size`).primitiveType).toBe('Integer');
    expect(at(structure, '(Object)|NextMarker').origin).toBe('both');
    expectSnippetRoundTrip(structure);
    await expect(golden(structure)).toMatchFileSnapshot(
      './fixtures/model-complete/lambda-list-functions.golden.txt',
    );
  });

  it('Rekognition DetectLabels (AWS documented example response)', async () => {
    const structure = complete('rekognition', 'DetectLabels', [
      jsonFixture('rekognition-detect-labels.json'),
    ]);
    const label = '(Object)|Labels|(Object)';
    expect(at(structure, `${label}|Confidence`).primitiveType).toBe('Decimal');
    expect(at(structure, `${label}|Instances`).kind).toBe('Array');
    expect(at(structure, `${label}|Instances|(Object)|BoundingBox|Width`).primitiveType).toBe(
      'Decimal',
    );
    expect(at(structure, '(Object)|LabelModelVersion').primitiveType).toBe('String');
    expectSnippetRoundTrip(structure);
    await expect(golden(structure)).toMatchFileSnapshot(
      './fixtures/model-complete/rekognition-detect-labels.golden.txt',
    );
  });

  it('marks what only the samples show and keeps it', () => {
    const structure = complete('polly', 'DescribeVoices', [
      '{"Voices":[{"Id":"Joanna","Accent":"US"}],"RequestCharacters":3}',
    ]);
    expect(at(structure, '(Object)|Voices|(Object)|Accent').origin).toBe('sample');
    expect(structure.findings.filter((f) => f.kind === 'sample-only').map((f) => f.path)).toEqual([
      '(Object)|Voices|(Object)|Accent',
      '(Object)|RequestCharacters',
    ]);
  });

  it('DynamoDB AttributeValue: recursion stops after one model level, maps become Key/Value lists', () => {
    const structure = complete('dynamodb', 'GetItem', ['{"Item":{"id":{"S":"a"}}}']);
    const item = at(structure, '(Object)|Item');
    expect(item.kind).toBe('Array');
    expect(at(structure, '(Object)|Item|(Object)|Key').primitiveType).toBe('String');
    expect(at(structure, '(Object)|Item|(Object)|Value|S').origin).toBe('both');
    expect(at(structure, '(Object)|Item|(Object)|Value|N').origin).toBe('model');
    expect(structure.findings.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['map-keys', 'model-map', 'model-recursive']),
    );
    // Bounded: the recursive shape does not unfold without limit.
    expect(structure.elements.length).toBeLessThan(200);
  });
});
