import { describe, expect, it } from 'vitest';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { bodyBytes, checkHeaders, encodeWirePath, prepareRequest } from './prepare-request';

const spec = (input: Partial<RequestSpecInput>) =>
  requestSpecSchema.parse({
    region: 'us-east-1',
    service: 'sts',
    method: 'POST',
    path: '/',
    ...input,
  });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('encodeWirePath', () => {
  it('encodes each segment once, keeping only RFC 3986 unreserved characters', () => {
    expect(encodeWirePath('/bucket/a b/ü+=&?#%*~._-.txt')).toBe(
      '/bucket/a%20b/%C3%BC%2B%3D%26%3F%23%25%2A~._-.txt',
    );
    expect(encodeWirePath('/2015-03-31/functions/')).toBe('/2015-03-31/functions/');
  });

  it('refuses dot segments for every service', () => {
    expect(() => encodeWirePath('/bucket/a/../b')).toThrow(/"\.\."/);
    expect(() => encodeWirePath('/v1/./voices')).toThrow(/"\."/);
  });

  it('sends empty segments as written, for S3 and every other service', () => {
    expect(encodeWirePath('/bucket/a//b')).toBe('/bucket/a//b');
    expect(encodeWirePath('/prod//items//')).toBe('/prod//items//');
  });
});

describe('bodyBytes and checkHeaders', () => {
  it('keeps body bytes exactly and rejects broken base64', () => {
    expect([...bodyBytes({ kind: 'base64', data: 'AP8=' })]).toEqual([0, 255]);
    expect(text(bodyBytes({ kind: 'text', text: 'ü' }))).toBe('ü');
    expect(() => bodyBytes({ kind: 'base64', data: 'A*==' })).toThrow(/base64/);
  });

  it('refuses header names that are not tokens and values with line breaks', () => {
    expect(() => checkHeaders([['X Bad', 'v']])).toThrow(/header name/);
    expect(() => checkHeaders([['x-ok', 'a\r\nx-injected: 1']])).toThrow(/line break/);
    expect(() => checkHeaders([['x-ok', 'a b']])).not.toThrow();
  });
});

describe('prepareRequest', () => {
  it('finds a service by signing name or endpoint prefix, and a custom endpoint keeps signing name and region', () => {
    const prepared = prepareRequest(
      spec({
        service: 'bedrock-runtime',
        region: 'eu-west-1',
        endpoint: 'http://127.0.0.1:5123',
        path: '/model/x/invoke',
      }),
    );
    expect(prepared.service.endpointPrefix).toBe('bedrock-runtime');
    expect(prepared.endpoint.signingName).toBe('bedrock');
    expect(prepared.endpoint.signingRegion).toBe('eu-west-1');
    expect(prepared.wire).toMatchObject({ protocol: 'http:', hostname: '127.0.0.1', port: 5123 });
  });

  it('fills X-Amz-Target, Content-Type and the body of a json operation, letting user values win', () => {
    const prepared = prepareRequest(
      spec({
        service: 'dynamodb',
        operation: 'ListTables',
        headers: [['Content-Type', 'application/x-amz-json-1.1']],
      }),
    );
    expect(prepared.wire.headers).toEqual([
      ['Content-Type', 'application/x-amz-json-1.1'],
      ['x-amz-target', 'DynamoDB_20120810.ListTables'],
    ]);
    expect(text(prepared.wire.body)).toBe('{}');
    expect(prepared.wire.hostname).toBe('dynamodb.us-east-1.amazonaws.com');
  });

  it('sends the Action/Version form for query and ec2 operations without a body, and a given body unchanged', () => {
    expect(
      text(prepareRequest(spec({ service: 'ec2', operation: 'DescribeRegions' })).wire.body),
    ).toBe('Action=DescribeRegions&Version=2016-11-15');
    const own = prepareRequest(
      spec({
        operation: 'GetCallerIdentity',
        body: { kind: 'text', text: 'Action=GetCallerIdentity&Version=2011-06-15&x=1' },
      }),
    );
    expect(text(own.wire.body)).toBe('Action=GetCallerIdentity&Version=2011-06-15&x=1');
    expect(own.endpoint.signingRegion).toBe('us-east-1');
  });

  it('puts Action and Version in the query when a query operation is sent as GET', () => {
    const prepared = prepareRequest(
      spec({ operation: 'getcalleridentity', method: 'GET', query: [['x', '1']] }),
    );
    expect(prepared.wire.query).toEqual([
      ['Action', 'GetCallerIdentity'],
      ['Version', '2011-06-15'],
      ['x', '1'],
    ]);
    expect(prepared.wire.body).toHaveLength(0);
  });

  it('fails clearly for an unknown service or operation', () => {
    expect(() => prepareRequest(spec({ service: 'no-such-service' }))).toThrow(
      /No AWS service "no-such-service"/,
    );
    expect(() => prepareRequest(spec({ service: 's3', operation: 'Nope', method: 'GET' }))).toThrow(
      /no operation "Nope"/,
    );
  });
});
