import { describe, expect, it } from 'vitest';
import { initialDraft } from './request-store';
import type { RequestDraft } from './request-store';
import { createRow } from './rows';
import { buildRequestSpec, fillPathLabels, isJsonContentType } from './build-spec';

function draft(overrides: Partial<RequestDraft> = {}): RequestDraft {
  return { ...initialDraft(), service: 'dynamodb', ...overrides };
}

describe('fillPathLabels', () => {
  it('fills plain and greedy labels', () => {
    expect(fillPathLabels('/{Bucket}/{Key+}', { Bucket: 'b', Key: 'a/b.txt' })).toEqual({
      path: '/b/a/b.txt',
    });
  });

  it('names the first empty label', () => {
    expect(fillPathLabels('/{Bucket}/{Key+}', { Bucket: 'b', Key: '' }).missing).toBe('Key');
  });

  it('leaves braces that are not known labels alone', () => {
    expect(fillPathLabels('/{literal}', {})).toEqual({ path: '/{literal}' });
  });
});

describe('buildRequestSpec', () => {
  it('keeps enabled named rows and sends bare query keys as null', () => {
    const query = [
      createRow('uploads', '', true),
      createRow('max-keys', '10'),
      { ...createRow('off', '1'), enabled: false },
    ];
    const headers = [
      createRow('x-amz-target', 'DynamoDB_20120810.ListTables'),
      createRow('', 'ignored'),
    ];
    const built = buildRequestSpec(
      draft({ method: 'POST', query, headers, body: '{}', operation: 'ListTables' }),
    );
    expect(built).toEqual({
      ok: true,
      spec: {
        region: 'us-east-1',
        service: 'dynamodb',
        operation: 'ListTables',
        method: 'POST',
        path: '/',
        query: [
          ['uploads', null],
          ['max-keys', '10'],
        ],
        headers: [['x-amz-target', 'DynamoDB_20120810.ListTables']],
        body: { kind: 'text', text: '{}' },
      },
    });
  });

  it('drops the body of a GET and trims the custom endpoint', () => {
    const built = buildRequestSpec(
      draft({ body: '{"a":1}', endpoint: ' http://127.0.0.1:5000 ', timeoutMs: 5000 }),
    );
    expect(built.ok && built.spec.body).toBeFalsy();
    expect(built.ok && built.spec.endpoint).toBe('http://127.0.0.1:5000');
    expect(built.ok && built.spec.timeoutMs).toBe(5000);
  });

  it('asks for a service, a leading slash and empty path labels', () => {
    expect(buildRequestSpec(draft({ service: '' }))).toEqual({
      ok: false,
      message: 'Pick a service.',
    });
    expect(buildRequestSpec(draft({ path: 'v1' }))).toMatchObject({ ok: false });
    const labelled = draft({ path: '/{Bucket}', labels: { Bucket: '' }, labelNames: ['Bucket'] });
    expect(buildRequestSpec(labelled)).toEqual({
      ok: false,
      message: 'Fill the path label {Bucket}.',
    });
  });
});

describe('isJsonContentType', () => {
  it('recognises AWS JSON content types', () => {
    expect(
      isJsonContentType({ headers: [createRow('Content-Type', 'application/x-amz-json-1.0')] }),
    ).toBe(true);
    expect(isJsonContentType({ headers: [createRow('content-type', 'application/xml')] })).toBe(
      false,
    );
    expect(isJsonContentType({ headers: [] })).toBe(false);
  });
});
