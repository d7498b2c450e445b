import { describe, expect, it } from 'vitest';
import { UsageError } from '../command';
import { parseHeaderArg, parseQueryArg, parseSendArgs } from './send-args';

const base = ['--region', 'eu-west-1'];

describe('parseSendArgs', () => {
  it('fills method, path and fixed query from --operation; user query and headers follow', async () => {
    const { spec } = await parseSendArgs(
      [
        ...base,
        '--service',
        's3',
        '--operation',
        'ListObjectsV2',
        '--path',
        '/my bucket',
        '--query',
        'prefix=a b',
        '--header',
        'X-Amz-Meta-A:  1 ',
      ],
      '/',
    );
    expect(spec).toMatchObject({ method: 'GET', path: '/my bucket', operation: 'ListObjectsV2' });
    expect(spec.query).toEqual([
      ['list-type', '2'],
      ['prefix', 'a b'],
    ]);
    expect(spec.headers).toEqual([['X-Amz-Meta-A', '1']]);
  });

  it('asks for --path when the operation path has labels', async () => {
    await expect(
      parseSendArgs([...base, '--service', 's3', '--operation', 'GetObject'], '/'),
    ).rejects.toThrow(/Bucket, Key/);
  });

  it('reads options for dry run, format, output, timeout and signing date', async () => {
    const invocation = await parseSendArgs(
      [
        ...base,
        '--service',
        'sts',
        '--method',
        'post',
        '--path',
        '/',
        '--dry-run',
        '--format',
        'json',
        '--output',
        'out.bin',
        '--timeout',
        '500',
        '--signing-date',
        '2024-01-01T00:00:00Z',
        '--profile',
        'dev',
      ],
      '/tmp',
    );
    expect(invocation).toMatchObject({
      dryRun: true,
      format: 'json',
      output: '/tmp/out.bin',
      profile: 'dev',
    });
    expect(invocation.spec).toMatchObject({
      method: 'POST',
      timeoutMs: 500,
      signingDate: '2024-01-01T00:00:00Z',
    });
  });

  it.each([
    [['--service', 's3']],
    [['--service', 's3', '--method', 'GET', '--path', '/', '--body', 'a', '--body-file', 'b']],
    [['--service', 's3', '--method', 'GET', '--path', '/', '--format', 'yaml']],
    [['--service', 's3', '--method', 'GET', '--path', '/', '--timeout', 'soon']],
    [['--service', 's3', '--method', 'GET', '--path', 'no-slash']],
    [['--service', 's3', '--method', 'GET', '--path', '/', '--unknown']],
  ])('refuses %j with a usage error', async (args) => {
    await expect(parseSendArgs([...base, ...args], '/')).rejects.toBeInstanceOf(UsageError);
  });

  it('splits query and header arguments', () => {
    expect(parseQueryArg('a=b=c')).toEqual(['a', 'b=c']);
    expect(parseQueryArg('flag')).toEqual(['flag', null]);
    expect(parseHeaderArg('X-A: b: c')).toEqual(['X-A', 'b: c']);
    expect(() => parseHeaderArg('nocolon')).toThrow(UsageError);
  });
});
