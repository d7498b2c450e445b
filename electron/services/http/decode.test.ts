import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBody, xmlToJson } from './decode';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const parse = (xml: string): Record<string, unknown> =>
  JSON.parse(xmlToJson(xml)) as Record<string, unknown>;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every key path with the type found there, so two documents' shapes can be compared. */
function shape(value: unknown, path = '$', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${path}: array`);
    for (const item of value) shape(item, `${path}[]`, out);
  } else if (value && typeof value === 'object') {
    out.add(`${path}: object`);
    for (const [key, child] of Object.entries(value)) shape(child, `${path}.${key}`, out);
  } else out.add(`${path}: ${typeof value}`);
  return out;
}

describe('classifyBody', () => {
  it.each([
    ['application/json', '{"a":1}', 'json'],
    ['application/x-amz-json-1.1', '{"__type":"X"}', 'json'],
    ['application/xml', '<a/>', 'xml'],
    ['text/xml; charset=utf-8', '<a/>', 'xml'],
    ['text/html', '<html></html>', 'text'],
    [
      'text/html; charset=utf-8',
      '<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">',
      'text',
    ],
    ['text/html; charset=utf-8', '<?xml version="1.0" encoding="utf-8"?>\n<ErrorResponse>', 'xml'],
    [
      'text/html',
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
      'xml',
    ],
    ['text/html; charset=utf-8', '{"Voices": []}', 'json'],
    ['text/html', '  [1, 2]', 'json'],
    ['text/javascript', '{"Voices": []}', 'json'],
    ['application/vnd.example', '{"a":1}', 'json'],
    ['text/csv', 'a,b\n1,2', 'text'],
    ['text/plain', '{"a":1}', 'json'],
    [undefined, '  <?xml version="1.0"?><a/>', 'xml'],
    [undefined, 'just words', 'text'],
    ['application/octet-stream', '[1,2]', 'json'],
    ['audio/mpeg', 'ID3', 'audio'],
    ['image/png', 'x', 'image'],
    ['application/pdf', 'not text \u0001', 'binary'],
    ['application/json', '', 'empty'],
  ])('%s with %j is %s', (type, body, kind) => {
    expect(classifyBody(type, bytes(body))).toBe(kind);
  });

  it('sniffs media and binary when the type is generic', () => {
    expect(
      classifyBody('binary/octet-stream', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10])),
    ).toBe('image');
    expect(classifyBody(undefined, new Uint8Array([0xff, 0xf3, 0x44, 0xc4]))).toBe('audio');
    expect(classifyBody(undefined, bytes('OggS\u0000\u0002'))).toBe('audio');
    expect(classifyBody(undefined, new Uint8Array([0, 1, 2, 3, 200]))).toBe('binary');
  });

  it('accepts a UTF-8 character cut at the end of the sniffed bytes', () => {
    const text = bytes('{"name":"é"}');
    expect(classifyBody(undefined, text.subarray(0, 10))).toBe('json');
  });
});

describe('xmlToJson', () => {
  it('gives one bucket and two buckets the same shape', () => {
    const one = parse(fixture('s3-list-buckets-one.xml'));
    const two = parse(fixture('s3-list-buckets-two.xml'));
    expect(shape(one)).toEqual(shape(two));
    expect(two).toMatchObject({
      ListAllMyBucketsResult: {
        '@_xmlns': 'http://s3.amazonaws.com/doc/2006-03-01/',
        Owner: { ID: 'bcaf1ffd86f461ca5fb16fd081034f' },
        Buckets: { Bucket: [{ Name: 'amzn-s3-demo-bucket' }, { Name: 'amzn-s3-demo-bucket1' }] },
      },
    });
  });

  it('converts ListObjectsV2 with entities, strings kept as written and repeated paths as arrays everywhere', () => {
    const result = parse(fixture('s3-list-objects-v2.xml')) as {
      ListBucketResult: Record<string, unknown>;
    };
    const contents = result.ListBucketResult.Contents as Array<Record<string, unknown>>;
    expect(contents.map((c) => c.Key)).toEqual(['my image.jpg', 'a+b=c&d.txt']);
    expect(contents[0]?.ETag).toBe('"fba9dede5f27731c9771645a39863328"');
    expect(contents[1]?.Size).toBe('0012');
    // Repeated only in the first Contents, yet an array in the second too.
    expect(contents[1]?.ChecksumAlgorithm).toEqual(['CRC32']);
    expect(result.ListBucketResult.Prefix).toBe('');
  });

  it('makes one-entry flattened lists arrays too', () => {
    const xml = fixture('s3-list-objects-v2.xml').replace(/<Contents>[\s\S]*?<\/Contents>/, '');
    const result = parse(xml) as { ListBucketResult: { Contents: unknown } };
    expect(Array.isArray(result.ListBucketResult.Contents)).toBe(true);
  });

  it('converts EC2 DescribeRegions, SQS ListQueues and STS GetCallerIdentity', () => {
    expect(parse(fixture('ec2-describe-regions.xml'))).toMatchObject({
      DescribeRegionsResponse: {
        regionInfo: { item: [{ regionName: 'us-east-1' }, { regionName: 'eu-west-1' }] },
      },
    });
    const single = fixture('ec2-describe-regions.xml').replace(
      /<item>\s*<regionName>eu-west-1[\s\S]*?<\/item>/,
      '',
    );
    expect(parse(single)).toMatchObject({
      DescribeRegionsResponse: { regionInfo: { item: [{ regionName: 'us-east-1' }] } },
    });
    expect(parse(fixture('sqs-list-queues.xml'))).toMatchObject({
      ListQueuesResponse: {
        ListQueuesResult: {
          QueueUrl: [expect.stringContaining('/a'), expect.stringContaining('/b')],
        },
      },
    });
    expect(parse(fixture('sts-get-caller-identity.xml'))).toEqual({
      GetCallerIdentityResponse: {
        '@_xmlns': 'https://sts.amazonaws.com/doc/2011-06-15/',
        GetCallerIdentityResult: {
          Arn: 'arn:aws:iam::123456789012:user/Alice',
          UserId: 'AIDACKCEVSQ6C2EXAMPLE',
          Account: '123456789012',
        },
        ResponseMetadata: { RequestId: '01234567-89ab-cdef-0123-456789abcdef' },
      },
    });
  });

  it('strips namespace prefixes from names but keeps xmlns declarations and attributes', () => {
    const xml =
      '<a:Root xmlns:a="urn:a"><a:Item a:id="1" kind="x">text</a:Item><Other>&#x41;&#66;&lt;</Other></a:Root>';
    expect(parse(xml)).toEqual({
      Root: {
        '@_xmlns:a': 'urn:a',
        Item: { '#text': 'text', '@_id': '1', '@_kind': 'x' },
        Other: 'AB<',
      },
    });
  });

  it('makes an element an array at every occurrence of a path that repeats anywhere', () => {
    const xml = '<R><G><V>1</V><V>2</V></G><G><V>3</V></G><H><V>4</V></H></R>';
    expect(parse(xml)).toEqual({ R: { G: [{ V: ['1', '2'] }, { V: ['3'] }], H: { V: '4' } } });
  });

  it('honours extra list paths from the caller', () => {
    expect(JSON.parse(xmlToJson('<R><Thing>1</Thing></R>', { arrayPaths: ['R.Thing'] }))).toEqual({
      R: { Thing: ['1'] },
    });
  });

  it('refuses DTDs, entities, excessive depth and size, and keeps prototypes clean', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(() => xmlToJson(bomb)).toThrow(/DOCTYPE/);
    const xxe = '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>';
    expect(() => xmlToJson(xxe)).toThrow(/DOCTYPE/);
    const deep = `${'<a>'.repeat(300)}x${'</a>'.repeat(300)}`;
    expect(() => xmlToJson(deep)).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(() => xmlToJson('<a>12345</a>', { maxChars: 5 })).toThrow(/limit/);
    expect(() => xmlToJson('<a><b></a>')).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    const polluted = parse('<r><__proto__><x>1</x></__proto__><constructor>2</constructor></r>');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(polluted).toEqual({ r: { ___proto__: { x: '1' }, _constructor: '2' } });
  });

  it('refuses a 1 MB element with 100,000 attributes with a clear error (issue 17)', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="v"`).join(' ');
    expect(() => xmlToJson(`<R ${attributes}/>`)).toThrow(
      expect.objectContaining({
        code: 'unsupported',
        message: expect.stringContaining('<R> has more than 1000 attributes'),
      }),
    );
    const atLimit = attributes.slice(0, attributes.indexOf(' a1000='));
    expect(Object.keys(parse(`<R ${atLimit}/>`).R as object)).toHaveLength(1000);
  });
});
