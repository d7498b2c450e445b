import { describe, expect, it } from 'vitest';
import { detectClockSkew, parseAwsError } from './aws-error';

const CANONICAL = [
  'POST',
  '/',
  '',
  'content-type:application/x-amz-json-1.0',
  'host:dynamodb.us-east-1.amazonaws.com',
  'x-amz-date:20260101T000000Z',
  'x-amz-target:DynamoDB_20120810.ListTables',
  '',
  'content-type;host;x-amz-date;x-amz-target',
  '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
].join('\n');
const STRING_TO_SIGN =
  'AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/dynamodb/aws4_request\n7f2a7b5d0c3e';
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const mismatchText = `${MISMATCH}\n\nThe Canonical String for this request should have been\n'${CANONICAL}'\n\nThe String-to-Sign should have been\n'${STRING_TO_SIGN}'\n`;

describe('parseAwsError', () => {
  it('reads a JSON protocol error with a prefixed __type', () => {
    const error = parseAwsError({
      status: 400,
      headers: [['x-amzn-RequestId', 'RID1']],
      bodyText:
        '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}',
      bodyKind: 'json',
    });
    expect(error).toEqual({
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found',
      requestId: 'RID1',
    });
  });

  it('falls back to x-amzn-ErrorType and a capitalised Message (rest-json)', () => {
    const error = parseAwsError({
      status: 404,
      headers: [
        [
          'X-Amzn-ErrorType',
          'ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/',
        ],
      ],
      bodyText:
        '{"Type":"User","Message":"Function not found: arn:aws:lambda:us-east-1:123456789012:function:f"}',
      bodyKind: 'json',
    });
    expect(error).toMatchObject({
      code: 'ResourceNotFoundException',
      message: expect.stringMatching(/^Function not found/),
    });
  });

  it("extracts the server's expected canonical request from a JSON signature error", () => {
    const error = parseAwsError({
      status: 400,
      headers: [],
      bodyText: JSON.stringify({
        __type: 'com.amazon.coral.service#InvalidSignatureException',
        message: mismatchText,
      }),
      bodyKind: 'json',
    });
    expect(error).toEqual({
      code: 'InvalidSignatureException',
      message: MISMATCH,
      expectedCanonicalRequest: CANONICAL,
      expectedStringToSign: STRING_TO_SIGN,
    });
  });

  it('reads a query protocol ErrorResponse with the same phrasing inside XML', () => {
    const escaped = mismatchText.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const bodyText = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>${escaped}</Message></Error><RequestId>RID2</RequestId></ErrorResponse>`;
    const error = parseAwsError({ status: 403, headers: [], bodyText, bodyKind: 'xml' });
    expect(error).toEqual({
      code: 'SignatureDoesNotMatch',
      message: MISMATCH,
      requestId: 'RID2',
      expectedCanonicalRequest: CANONICAL,
      expectedStringToSign: STRING_TO_SIGN,
    });
  });

  it('reads an EC2 Response/Errors/Error', () => {
    const bodyText =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors><RequestID>RID3</RequestID></Response>';
    expect(parseAwsError({ status: 401, headers: [], bodyText, bodyKind: 'xml' })).toEqual({
      code: 'AuthFailure',
      message: 'AWS was not able to validate the provided access credentials',
      requestId: 'RID3',
    });
  });

  it('reads an S3 error with CanonicalRequest and StringToSign elements, even with status 200', () => {
    const bodyText = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>${MISMATCH}</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>${STRING_TO_SIGN}</StringToSign><CanonicalRequest>${CANONICAL}</CanonicalRequest><RequestId>RID4</RequestId><HostId>HOST</HostId></Error>`;
    for (const status of [403, 200]) {
      expect(
        parseAwsError({
          status,
          headers: [
            ['x-amz-request-id', 'HDR'],
            ['x-amz-id-2', 'ID2'],
          ],
          bodyText,
          bodyKind: 'xml',
        }),
      ).toEqual({
        code: 'SignatureDoesNotMatch',
        message: MISMATCH,
        requestId: 'HDR',
        expectedCanonicalRequest: CANONICAL,
        expectedStringToSign: STRING_TO_SIGN,
      });
    }
  });

  it('says nothing about successful responses and still names a bare failure', () => {
    expect(
      parseAwsError({
        status: 200,
        headers: [],
        bodyText: '<ListAllMyBucketsResult/>',
        bodyKind: 'xml',
      }),
    ).toBeUndefined();
    expect(
      parseAwsError({ status: 200, headers: [], bodyText: '{"message":"fine"}', bodyKind: 'json' }),
    ).toBeUndefined();
    expect(
      parseAwsError({
        status: 404,
        headers: [['x-amz-id-2', 'ID2']],
        bodyText: '',
        bodyKind: 'empty',
      }),
    ).toEqual({
      code: 'HTTP404',
      message: 'HTTP 404 without error details in the body.',
      requestId: 'ID2',
    });
    expect(
      parseAwsError({ status: 500, headers: [], bodyText: '<html>oops', bodyKind: 'text' })?.code,
    ).toBe('HTTP500');
  });
});

describe('detectClockSkew', () => {
  const sentAt = new Date('2026-01-01T12:00:00Z');

  it('reports a clock more than five minutes off, with its size and direction', () => {
    const skew = detectClockSkew('Thu, 01 Jan 2026 12:07:30 GMT', sentAt);
    expect(skew?.skewMs).toBe(450_000);
    expect(skew?.message).toContain('7 min 30 s behind');
    expect(detectClockSkew('Thu, 01 Jan 2026 10:00:00 GMT', sentAt)?.message).toContain(
      '2 h ahead of',
    );
  });

  it('stays quiet within five minutes unless the server blames the time', () => {
    expect(detectClockSkew('Thu, 01 Jan 2026 12:04:00 GMT', sentAt)).toBeUndefined();
    const blamed = detectClockSkew('Thu, 01 Jan 2026 12:04:00 GMT', sentAt, {
      code: 'RequestTimeTooSkewed',
      message: 'The difference between the request time and the current time is too large.',
    });
    expect(blamed).toMatchObject({
      skewMs: 240_000,
      message: expect.stringContaining('RequestTimeTooSkewed'),
    });
    const expired = detectClockSkew('Thu, 01 Jan 2026 12:01:00 GMT', sentAt, {
      code: 'InvalidSignatureException',
      message:
        'Signature expired: 20260101T115000Z is now earlier than 20260101T115600Z (20260101T120100Z - 5 min.)',
    });
    expect(expired?.skewMs).toBe(60_000);
    expect(
      detectClockSkew(undefined, sentAt, { code: 'RequestTimeTooSkewed', message: '' }),
    ).toBeUndefined();
    expect(detectClockSkew('not a date', sentAt)).toBeUndefined();
  });
});
