import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signRequest } from './sign-request';
import type { SignedRequest, SigningOptions, WireRequest } from './types';
import { computeSignature } from './verify-signature';

const SECRET = 'PLANTED/secret+access+KEY/0123456789abcdef';
const TOKEN = 'PLANTED-session/token+value==0123456789';
const DATE = new Date('2026-11-26T23:59:58Z');

function request(overrides: Partial<WireRequest> = {}): WireRequest {
  return {
    method: 'GET',
    protocol: 'https:',
    hostname: 'service.eu-west-1.amazonaws.com',
    path: '/',
    query: [],
    headers: [],
    body: new Uint8Array(0),
    ...overrides,
  };
}

function options(overrides: Partial<SigningOptions> = {}): SigningOptions {
  return {
    credentials: { accessKeyId: 'AKIDPLANTED', secretAccessKey: SECRET },
    signingName: 'service',
    region: 'eu-west-1',
    date: DATE,
    ...overrides,
  };
}

const lines = (signed: SignedRequest): string[] => signed.canonicalRequest.split('\n');
const header = (signed: SignedRequest, name: string): string | undefined =>
  signed.headers.find(([key]) => key.toLowerCase() === name)?.[1];
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('signRequest: paths', () => {
  it('normalises and encodes a non-S3 path again (double encoding of the wire path)', async () => {
    const signed = await signRequest(request({ path: '/a/./b/../c//d%20e/' }), options());
    expect(lines(signed)[1]).toBe('/a/c/d%2520e/');
    expect(signed.path).toBe('/a/./b/../c//d%20e/');
  });

  it('can keep a non-S3 path unnormalised while still encoding it', async () => {
    const signed = await signRequest(
      request({ path: '/a/../b' }),
      options({ normalizePath: false }),
    );
    expect(lines(signed)[1]).toBe('/a/../b');
  });

  it('signs an S3 path once, never normalised, and sends the same strict encoding', async () => {
    const signed = await signRequest(
      request({ path: "/bucket/a/../b//./it's%20(1)%2B%3D%26%3F" }),
      options({ signingName: 's3' }),
    );
    const strict = '/bucket/a/../b//./it%27s%20%281%29%2B%3D%26%3F';
    expect(lines(signed)[1]).toBe(strict);
    expect(signed.path).toBe(strict);
    expect(signed.url).toBe(`https://service.eu-west-1.amazonaws.com${strict}`);
  });

  it('applies S3 rules to the S3 family of signing names, and on request', async () => {
    for (const signingName of ['s3-outposts', 's3-object-lambda']) {
      const signed = await signRequest(request({ path: '/a//b' }), options({ signingName }));
      expect(lines(signed)[1]).toBe('/a//b');
      expect(signed.signedHeaders).toContain('x-amz-content-sha256');
    }
    const forced = await signRequest(request({ path: '/a//b' }), options({ s3: true }));
    expect(lines(forced)[1]).toBe('/a//b');
  });

  it('refuses a path that does not start with a slash', async () => {
    await expect(signRequest(request({ path: 'x' }), options())).rejects.toThrow(/start with/);
  });

  it('refuses an S3 path with a broken percent escape', async () => {
    await expect(
      signRequest(request({ path: '/bucket/100%' }), options({ s3: true })),
    ).rejects.toThrow(/%25/);
  });
});

describe('signRequest: query', () => {
  it('encodes strictly, sorts by key then value, keeps repeats, empty and null values', async () => {
    const query: WireRequest['query'] = [
      ['b', 'x y+z'],
      ['a', 'z'],
      ['a', 'y'],
      ['empty', ''],
      ['flag', null],
      ["!*'()", '~._-'],
    ];
    const signed = await signRequest(request({ query }), options());
    expect(lines(signed)[2]).toBe('%21%2A%27%28%29=~._-&a=y&a=z&b=x%20y%2Bz&empty=&flag=');
    expect(signed.wireQuery).toBe('b=x%20y%2Bz&a=z&a=y&empty=&flag&%21%2A%27%28%29=~._-');
    expect(signed.url.endsWith(`?${signed.wireQuery}`)).toBe(true);
  });

  it('refuses a __proto__ key rather than sign a wrong canonical query', async () => {
    await expect(signRequest(request({ query: [['__proto__', 'x']] }), options())).rejects.toThrow(
      /__proto__/,
    );
  });

  it('treats a __proto__ header as data', async () => {
    const signed = await signRequest(request({ headers: [['__proto__', 'x']] }), options());
    expect(lines(signed)).toContain('__proto__:x');
  });
});

describe('signRequest: headers', () => {
  it('lower-cases, trims, collapses whitespace and merges one name given in two cases', async () => {
    const signed = await signRequest(
      request({
        headers: [
          ['My-Header', '  one   two '],
          ['X-Amz-Meta-Fold', 'a\r\n   b\t\tc'],
          ['my-header', 'three'],
        ],
      }),
      options(),
    );
    expect(lines(signed)).toContain('my-header:one two,three');
    expect(lines(signed)).toContain('x-amz-meta-fold:a b c');
    expect(header(signed, 'my-header')).toBe('one two,three');
    expect(signed.headers.filter(([name]) => name.toLowerCase() === 'my-header')).toHaveLength(1);
  });

  it('signs host with a non-default port, every x-amz-* header and content-type', async () => {
    const signed = await signRequest(
      request({
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: 4566,
        headers: [
          ['Content-Type', 'application/x-amz-json-1.1'],
          ['X-Amz-Target', 'Service.Operation'],
          ['User-Agent', 'connector-studio'],
        ],
      }),
      options(),
    );
    expect(signed.signedHeaders).toEqual(['content-type', 'host', 'x-amz-date', 'x-amz-target']);
    expect(header(signed, 'host')).toBe('127.0.0.1:4566');
    expect(signed.url.startsWith('http://127.0.0.1:4566/')).toBe(true);
  });

  it('omits the default port and brackets an IPv6 host', async () => {
    const https = await signRequest(request({ port: 443 }), options());
    expect(header(https, 'host')).toBe('service.eu-west-1.amazonaws.com');
    const v6 = await signRequest(
      request({ protocol: 'http:', hostname: '::1', port: 8080 }),
      options(),
    );
    expect(header(v6, 'host')).toBe('[::1]:8080');
  });

  it('replaces user-supplied authorization and x-amz-date and takes the date from the clock', async () => {
    const signed = await signRequest(
      request({
        headers: [
          ['Authorization', 'stale'],
          ['X-Amz-Date', '19990101T000000Z'],
        ],
      }),
      options(),
    );
    expect(signed.headers.filter(([name]) => /^(authorization|x-amz-date)$/i.test(name))).toEqual([
      ['x-amz-date', '20261126T235958Z'],
      [
        'authorization',
        expect.stringContaining('Credential=AKIDPLANTED/20261126/eu-west-1/service/aws4_request'),
      ],
    ]);
  });
});

describe('signRequest: payload and session token', () => {
  const body = Uint8Array.from([0, 1, 2, 255, 254, 13, 10]);

  it('gives S3 an x-amz-content-sha256 of the exact bytes, replacing a wrong one', async () => {
    const signed = await signRequest(
      request({ method: 'PUT', body, headers: [['x-amz-content-sha256', 'abc']] }),
      options({ signingName: 's3' }),
    );
    expect(header(signed, 'x-amz-content-sha256')).toBe(sha256(body));
    expect(lines(signed).at(-1)).toBe(sha256(body));
    expect(signed.signedHeaders).toContain('x-amz-content-sha256');
  });

  it('keeps UNSIGNED-PAYLOAD when the user asks for it on S3', async () => {
    const signed = await signRequest(
      request({ method: 'PUT', body, headers: [['X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD']] }),
      options({ signingName: 's3' }),
    );
    expect(lines(signed).at(-1)).toBe('UNSIGNED-PAYLOAD');
  });

  it('hashes the body of other services without adding the header unless asked', async () => {
    const plain = await signRequest(request({ method: 'POST', body }), options());
    expect(header(plain, 'x-amz-content-sha256')).toBeUndefined();
    expect(lines(plain).at(-1)).toBe(sha256(body));
    const withHeader = await signRequest(
      request({ method: 'POST', body }),
      options({ includeContentSha256: true }),
    );
    expect(header(withHeader, 'x-amz-content-sha256')).toBe(sha256(body));
  });

  it('adds the session token before signing, replacing a user copy', async () => {
    const signed = await signRequest(
      request({ headers: [['X-Amz-Security-Token', 'old']] }),
      options({
        credentials: { accessKeyId: 'AKIDPLANTED', secretAccessKey: SECRET, sessionToken: TOKEN },
      }),
    );
    expect(signed.signedHeaders).toContain('x-amz-security-token');
    expect(signed.headers.filter(([name]) => /x-amz-security-token/i.test(name))).toEqual([
      ['x-amz-security-token', TOKEN],
    ]);
  });

  it('can add the token after signing for services that require it', async () => {
    const signed = await signRequest(
      request(),
      options({
        credentials: { accessKeyId: 'AKIDPLANTED', secretAccessKey: SECRET, sessionToken: TOKEN },
        signSessionToken: false,
      }),
    );
    expect(signed.signedHeaders).not.toContain('x-amz-security-token');
    expect(header(signed, 'x-amz-security-token')).toBe(TOKEN);
  });
});

describe('signRequest: what is displayed', () => {
  const credentials = { accessKeyId: 'AKIDPLANTED', secretAccessKey: SECRET, sessionToken: TOKEN };

  it('puts no secret in the canonical request or string to sign', async () => {
    const signed = await signRequest(
      request({ method: 'POST', query: [['q', 'v']], body: new TextEncoder().encode('{}') }),
      options({ credentials, signingName: 's3' }),
    );
    for (const text of [signed.canonicalRequest, signed.stringToSign]) {
      for (const secret of [SECRET, TOKEN, encodeURIComponent(TOKEN)]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(lines(signed)).toContain('x-amz-security-token:<session-token>');
  });

  it('returns the string to sign that smithy signed (independent HMAC chain)', async () => {
    const signed = await signRequest(
      request({ path: '/x y', query: [['a', 'b']] }),
      options({ credentials }),
    );
    expect(computeSignature(signed.stringToSign, SECRET)).toBe(signed.signature);
    const unredacted = signed.canonicalRequest.replace('<session-token>', TOKEN);
    expect(signed.stringToSign.split('\n')[3]).toBe(
      createHash('sha256').update(unredacted).digest('hex'),
    );
  });

  it('keeps secrets out of errors', async () => {
    const bad = options({
      credentials: { accessKeyId: 42 as unknown as string, secretAccessKey: SECRET },
    });
    const error = await signRequest(request(), bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).not.toContain(SECRET);
  });
});
