import { describe, expect, it } from 'vitest';
import {
  redactCredentials,
  redactHeaders,
  SECRET_KEY_PLACEHOLDER,
  SESSION_TOKEN_PLACEHOLDER,
} from './redact';

const credentials = {
  accessKeyId: 'AKIDREDACT',
  secretAccessKey: 'REDACT/secret+key/0123456789',
  sessionToken: 'REDACT/token+value==abcdef',
};

describe('redactCredentials', () => {
  it('replaces the token and secret, raw and percent-encoded, and keeps the key id', () => {
    const text = [
      `x-amz-security-token:${credentials.sessionToken}`,
      `X-Amz-Security-Token=${encodeURIComponent(credentials.sessionToken)}`,
      `typed-by-mistake:${credentials.secretAccessKey}`,
      `Credential=${credentials.accessKeyId}/20260101/us-east-1/s3/aws4_request`,
    ].join('\n');
    expect(redactCredentials(text, credentials).split('\n')).toEqual([
      `x-amz-security-token:${SESSION_TOKEN_PLACEHOLDER}`,
      `X-Amz-Security-Token=${SESSION_TOKEN_PLACEHOLDER}`,
      `typed-by-mistake:${SECRET_KEY_PLACEHOLDER}`,
      'Credential=AKIDREDACT/20260101/us-east-1/s3/aws4_request',
    ]);
  });

  it('leaves text alone for missing or implausibly short secrets', () => {
    const short = { accessKeyId: 'A', secretAccessKey: 'ab' };
    expect(redactCredentials('abc abc', short)).toBe('abc abc');
  });
});

describe('redactHeaders', () => {
  it('masks header values that carry a secret, keeping names and order', () => {
    const headers: Array<[string, string]> = [
      ['host', 'example.com'],
      ['x-amz-security-token', credentials.sessionToken],
    ];
    expect(redactHeaders(headers, credentials)).toEqual([
      ['host', 'example.com'],
      ['x-amz-security-token', SESSION_TOKEN_PLACEHOLDER],
    ]);
  });
});
