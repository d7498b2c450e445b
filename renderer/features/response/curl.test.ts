import { describe, expect, it } from 'vitest';
import type { SignedRequestView } from '../../../shared/ipc/operations/request';
import { buildCurlCommand, shellQuote } from './curl';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const token = 'FwoGZXIvYXdzEXAMPLETOKEN';

function view(overrides: Partial<SignedRequestView> = {}): SignedRequestView {
  return {
    method: 'POST',
    url: 'https://dynamodb.us-east-1.amazonaws.com/',
    headers: [
      ['host', 'dynamodb.us-east-1.amazonaws.com'],
      ['content-type', 'application/x-amz-json-1.0'],
      ['x-amz-target', 'DynamoDB_20120810.ListTables'],
      ['x-amz-date', '20260101T000000Z'],
      [
        'authorization',
        'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20260101/us-east-1/dynamodb/aws4_request',
      ],
    ],
    body: '{}',
    bodyEncoding: 'utf8',
    canonicalRequest: '',
    stringToSign: '',
    signedHeaders: [],
    signingName: 'dynamodb',
    region: 'us-east-1',
    ...overrides,
  };
}

describe('shellQuote', () => {
  it('wraps in single quotes and escapes embedded ones', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
  });
});

describe('buildCurlCommand', () => {
  it('signs with --aws-sigv4 for the region and signing name, credentials by variable', () => {
    const command = buildCurlCommand(view());
    expect(command).toContain('--aws-sigv4 "aws:amz:us-east-1:dynamodb"');
    expect(command).toContain('--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
    expect(command).toContain(`-H 'x-amz-target: DynamoDB_20120810.ListTables'`);
    expect(command).toContain(`--data-binary '{}'`);
    expect(command).toContain('-X POST');
    expect(command.endsWith(`'https://dynamodb.us-east-1.amazonaws.com/'`)).toBe(true);
  });

  it('leaves out the headers curl computes itself', () => {
    const command = buildCurlCommand(view()).toLowerCase();
    expect(command).not.toContain('authorization:');
    expect(command).not.toContain('x-amz-date:');
    expect(command).not.toContain('host:');
  });

  it('passes a session token by variable, never by value', () => {
    const headers = [...view().headers, ['x-amz-security-token', token] as [string, string]];
    const command = buildCurlCommand(view({ headers }));
    expect(command).toContain('-H "x-amz-security-token: $AWS_SESSION_TOKEN"');
    expect(command).not.toContain(token);
    expect(command).not.toContain(secret);
  });

  it('omits the session token header and -X for a plain GET', () => {
    const command = buildCurlCommand(
      view({ method: 'GET', body: '', headers: [['accept', 'application/json']] }),
    );
    expect(command).not.toContain('AWS_SESSION_TOKEN');
    expect(command).not.toContain('-X');
    expect(command).not.toContain('--data-binary');
  });

  it('quotes a body with single quotes safely', () => {
    const command = buildCurlCommand(view({ body: `{"Name":"O'Brien"}` }));
    expect(command).toContain(`--data-binary '{"Name":"O'\\''Brien"}'`);
  });

  it('refers to a file for a binary body', () => {
    expect(buildCurlCommand(view({ body: 'AAEC', bodyEncoding: 'base64' }))).toContain(
      '--data-binary @request-body.bin',
    );
  });

  it('refers to a file for a text body that came back cut, never inlining the cut part', () => {
    const command = buildCurlCommand(view({ body: '{"start":', bodyTruncated: true }));
    expect(command).toContain('--data-binary @request-body.bin');
    expect(command).not.toContain('"start"');
  });
});
