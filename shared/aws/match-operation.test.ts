import { describe, expect, it } from 'vitest';
import { awsCatalog, findService } from './catalog';
import type { CatalogService } from './catalog';
import { matchOperation } from './match-operation';
import { operationTemplate } from './operation-template';
import type { MatchRequest } from './match-operation';

function service(name: string): CatalogService {
  const found = findService(awsCatalog, name);
  if (!found) throw new Error(`${name} is not in the catalog`);
  return found;
}

const nameOf = (s: string, request: MatchRequest) =>
  matchOperation(service(s), request)?.operation.name;

describe('matchOperation: rest protocols', () => {
  it('matches S3 GetObject with a greedy, percent-decoded key', () => {
    const match = matchOperation(service('s3'), {
      method: 'GET',
      path: '/my-bucket/photos/2024/a%20b%2Bc.jpg',
    });
    expect(match).toEqual({
      operation: expect.objectContaining({ name: 'GetObject' }),
      labels: { Bucket: 'my-bucket', Key: 'photos/2024/a b+c.jpg' },
    });
  });

  it('uses the query keys an S3 URI fixes, most specific first', () => {
    expect(nameOf('s3', { method: 'GET', path: '/b', query: 'list-type=2&prefix=x' })).toBe(
      'ListObjectsV2',
    );
    expect(nameOf('s3', { method: 'GET', path: '/b?list-type=2' })).toBe('ListObjectsV2');
    expect(nameOf('s3', { method: 'GET', path: '/b', query: {} })).toBe('ListObjects');
    expect(nameOf('s3', { method: 'GET', path: '/b' })).toBe('ListObjects');
    expect(nameOf('s3', { method: 'GET', path: '/b/k', query: [['acl', null]] })).toBe(
      'GetObjectAcl',
    );
    expect(nameOf('s3', { method: 'GET', path: '/' })).toBe('ListBuckets');
    expect(nameOf('s3', { method: 'PUT', path: '/b' })).toBe('CreateBucket');
  });

  it('matches Polly DescribeVoices and Lambda ListFunctions with or without the trailing slash', () => {
    expect(nameOf('polly', { method: 'GET', path: '/v1/voices' })).toBe('DescribeVoices');
    expect(nameOf('polly', { method: 'get', path: '/v1/voices/' })).toBe('DescribeVoices');
    expect(nameOf('polly', { method: 'POST', path: '/v1/voices' })).toBeUndefined();
    expect(nameOf('lambda', { method: 'GET', path: '/2015-03-31/functions' })).toBe(
      'ListFunctions',
    );
    expect(nameOf('lambda', { method: 'GET', path: '/2015-03-31/functions/' })).toBe(
      'ListFunctions',
    );
    expect(
      matchOperation(service('lambda'), { method: 'GET', path: '/2015-03-31/functions/my-fn' }),
    ).toMatchObject({
      operation: { name: 'GetFunction' },
      labels: { FunctionName: 'my-fn' },
    });
    expect(nameOf('lambda', { method: 'GET', path: '/nothing/here' })).toBeUndefined();
  });
});

describe('matchOperation: json, query and ec2 protocols', () => {
  it('reads X-Amz-Target for json services, whatever the header case', () => {
    const target = 'DynamoDB_20120810.ListTables';
    expect(
      nameOf('dynamodb', { method: 'POST', path: '/', headers: { 'X-Amz-Target': target } }),
    ).toBe('ListTables');
    expect(
      nameOf('dynamodb', { method: 'POST', path: '/', headers: [['x-amz-target', target]] }),
    ).toBe('ListTables');
    expect(
      nameOf('dynamodb', {
        method: 'POST',
        path: '/',
        headers: { 'x-amz-target': 'Other.ListTables' },
      }),
    ).toBeUndefined();
    expect(nameOf('dynamodb', { method: 'POST', path: '/' })).toBeUndefined();
    const sqsTarget = { 'x-amz-target': 'AmazonSQS.ListQueues' };
    expect(nameOf('sqs', { method: 'POST', path: '/', headers: sqsTarget })).toBe('ListQueues');
  });

  it('reads Action from the form body or the query for query and ec2 services, and for query-compatible SQS', () => {
    expect(
      nameOf('sqs', { method: 'POST', path: '/', body: 'Action=ListQueues&Version=2012-11-05' }),
    ).toBe('ListQueues');
    expect(
      nameOf('sts', {
        method: 'POST',
        path: '/',
        body: 'Version=2011-06-15&Action=GetCallerIdentity',
      }),
    ).toBe('GetCallerIdentity');
    expect(
      nameOf('sts', { method: 'GET', path: '/?Action=GetCallerIdentity&Version=2011-06-15' }),
    ).toBe('GetCallerIdentity');
    expect(nameOf('ec2', { method: 'POST', path: '/', query: { Action: 'DescribeRegions' } })).toBe(
      'DescribeRegions',
    );
    expect(
      nameOf('sqs', { method: 'POST', path: '/', body: 'Version=2012-11-05' }),
    ).toBeUndefined();
    expect(
      nameOf('dynamodb', { method: 'POST', path: '/', body: 'Action=ListTables' }),
    ).toBeUndefined();
  });
});

describe('matchOperation: every operation of the catalog', () => {
  it('recognises each operation from a request built from its own template', () => {
    const missed: string[] = [];
    for (const s of awsCatalog.services) {
      for (const op of s.operations) {
        const t = operationTemplate(s, op.name);
        const path = t.path.replace(/\{[^}]+\+\}/g, 'a/b').replace(/\{[^}]+\}/g, 'x');
        const query = [
          ...t.query,
          ...(op.requiredQuery ?? []).map((k): [string, string] => [k, 'v']),
        ];
        const headers = [
          ...t.headers,
          ...(op.requiredHeaders ?? []).map((h): [string, string] => [h, 'v']),
        ];
        const request = { method: t.method, path, headers, query, body: t.body };
        const found = matchOperation(s, request)?.operation.name;
        if (found !== op.name) missed.push(`${s.id}.${op.name} -> ${found}`);
      }
    }
    // Deprecated twins lose to their replacements on the same URI; ListDirectoryBuckets is `GET /`
    // like ListBuckets, told apart only by the endpoint it is sent to.
    expect(missed).toEqual([
      's3.GetBucketLifecycle -> GetBucketLifecycleConfiguration',
      's3.GetBucketNotification -> GetBucketNotificationConfiguration',
      's3.ListDirectoryBuckets -> ListBuckets',
      's3.PutBucketLifecycle -> PutBucketLifecycleConfiguration',
      's3.PutBucketNotification -> PutBucketNotificationConfiguration',
    ]);
  });

  it('tells S3 operations sharing a URI apart by required query parameters and headers', () => {
    expect(nameOf('s3', { method: 'PUT', path: '/b/k' })).toBe('PutObject');
    expect(
      nameOf('s3', { method: 'PUT', path: '/b/k', headers: { 'X-Amz-Copy-Source': '/a/b' } }),
    ).toBe('CopyObject');
    expect(nameOf('s3', { method: 'PUT', path: '/b/k?partNumber=1&uploadId=u' })).toBe(
      'UploadPart',
    );
    expect(nameOf('s3', { method: 'DELETE', path: '/b/k' })).toBe('DeleteObject');
    expect(nameOf('s3', { method: 'DELETE', path: '/b/k?uploadId=u' })).toBe(
      'AbortMultipartUpload',
    );
    expect(nameOf('s3', { method: 'GET', path: '/b?lifecycle' })).toBe(
      'GetBucketLifecycleConfiguration',
    );
  });
});
