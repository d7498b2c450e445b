// The recorded operations of the golden plans (issue 12): six real responses and the requests that got them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awsCatalog } from '../shared/aws/catalog';
import type { ServiceShapes } from '../shared/aws/shapes';
import { exportBundle } from '../shared/domain/bundle/export-bundle';
import { layoutEntityModel } from '../shared/domain/diagram/layout';
import { buildConnector } from '../shared/domain/plan/build-connector';
import type { RecordedOperation } from '../shared/domain/plan/build-connector';
import { toSentRequest } from '../shared/domain/plan/sent-request';
import type { RequestLike } from '../shared/domain/plan/sent-request';
import { xmlToJson } from '../electron/services/http/xml-json';

const fixtures = join(__dirname, '../shared/domain/plan/fixtures');

export function sample(file: string): string {
  const text = readFileSync(join(fixtures, file), 'utf8');
  return file.endsWith('.xml') ? xmlToJson(text) : text;
}

export function recorded(request: RequestLike, file: string): RecordedOperation {
  return { request: toSentRequest(request), samples: [sample(file)] };
}

export const polly = recorded(
  { service: 'polly', region: 'us-east-1', method: 'GET', path: '/v1/voices?Engine=neural' },
  '../../json-structure/fixtures/polly-describe-voices.json',
);
export const lambda = recorded(
  {
    service: 'lambda',
    region: 'us-west-2',
    method: 'GET',
    path: '/2015-03-31/functions/my-function',
  },
  'lambda-get-function.json',
);
export const textract = recorded(
  {
    service: 'textract',
    region: 'us-east-1',
    method: 'POST',
    path: '/',
    operation: 'AnalyzeDocument',
    body: {
      kind: 'text',
      text: '{"Document":{"S3Object":{"Bucket":"docs","Name":"form.png"}},"FeatureTypes":["FORMS"]}',
    },
  },
  'textract-analyze-document.json',
);
export const secrets = recorded(
  {
    service: 'secretsmanager',
    region: 'us-west-2',
    method: 'POST',
    path: '/',
    operation: 'ListSecrets',
  },
  'secretsmanager-list-secrets.json',
);
export const s3 = recorded(
  {
    service: 's3',
    region: 'us-east-1',
    method: 'GET',
    path: '/DOC-EXAMPLE-BUCKET?list-type=2&prefix=photos',
  },
  's3-list-objects-v2.xml',
);
export const sqs = recorded(
  {
    service: 'sqs',
    region: 'us-east-1',
    method: 'POST',
    path: '/',
    body: {
      kind: 'text',
      text: 'Action=ReceiveMessage&QueueUrl=https%3A%2F%2Fsqs.us-east-1.amazonaws.com%2F123456789012%2Fq&MaxNumberOfMessages=1&Version=2012-11-05',
    },
  },
  'sqs-receive-message.xml',
);

/** The plan of one operation; with shapes, model-complete (the default in the app and the CLI). */
export function planOf(operation: RecordedOperation, shapes?: ReadonlyMap<string, ServiceShapes>) {
  return buildConnector({
    operations: [operation],
    catalog: awsCatalog,
    settings: { toolVersion: '0.1.0' },
    ...(shapes ? { shapes } : {}),
  });
}

export async function bundleOf(
  operation: RecordedOperation,
  shapes?: ReadonlyMap<string, ServiceShapes>,
) {
  const { plan, model } = planOf(operation, shapes);
  return exportBundle({ plan, model, diagram: await layoutEntityModel(model), hash: () => '0' });
}

export function fileOf(files: Awaited<ReturnType<typeof bundleOf>>, end: string): string {
  const file = files.find((f) => f.path.endsWith(end));
  if (!file) throw new Error(`no ${end} in ${files.map((f) => f.path).join(', ')}`);
  return String(file.content);
}

/** Amazon Location SearchPlaceIndexForText: its host carries the `places.` prefix. */
export const location = recorded(
  {
    service: 'location',
    region: 'eu-west-1',
    method: 'POST',
    path: '/places/v0/indexes/explore.place/search/text',
    body: { kind: 'text', text: '{"Text":"Anyplace","BiasPosition":[-123.1187,49.2819]}' },
  },
  'location-search-place-index-for-text.json',
);

export const all = { polly, lambda, textract, secrets, s3, sqs };
