import { describe, expect, it } from 'vitest';
import { newCollection } from '../../../shared/domain/collection';
import type { Environment } from '../../../shared/domain/collection';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { activeEnvironment, applyVariables, variableStates } from './apply-variables';

const dev: Environment = {
  name: 'dev',
  variables: [
    { name: 'table', value: 'Orders' },
    { name: 'host', value: 'http://127.0.0.1:5000' },
    { name: 'limit', value: '10' },
    { name: 'key', secret: { credentialId: 'static:1', field: 'accessKeyId' } },
  ],
};

const spec: RequestSpecInput = {
  region: 'us-east-1',
  service: 'dynamodb',
  method: 'POST',
  path: '/{{table}}/items',
  query: [
    ['Limit', '{{limit}}'],
    ['uploads', null],
  ],
  headers: [['x-table', '{{ table }}']],
  body: { kind: 'text', text: '{"TableName":"{{table}}"}' },
  endpoint: '{{host}}',
};

describe('applyVariables', () => {
  it('fills path, query, headers, body and endpoint from the environment', () => {
    const result = applyVariables(spec, dev);
    expect(result).toEqual({
      ok: true,
      spec: {
        ...spec,
        path: '/Orders/items',
        query: [
          ['Limit', '10'],
          ['uploads', null],
        ],
        headers: [['x-table', 'Orders']],
        body: { kind: 'text', text: '{"TableName":"Orders"}' },
        endpoint: 'http://127.0.0.1:5000',
      },
    });
  });

  it('refuses a spec with unknown variables and names each once', () => {
    const result = applyVariables({ ...spec, headers: [['x-{{a}}', '{{b}}{{a}}']] }, dev);
    expect(result).toEqual({ ok: false, unresolved: ['a', 'b'] });
    expect(applyVariables(spec, undefined)).toMatchObject({
      ok: false,
      unresolved: ['table', 'host', 'limit'],
    });
  });

  it('passes secret variables as references and leaves their {{name}} for the engine', () => {
    const result = applyVariables({ ...spec, headers: [['x-key', '{{key}}{{table}}']] }, dev);
    expect(result.ok && result.spec.headers).toEqual([['x-key', '{{key}}Orders']]);
    expect(result.ok && result.spec.secretVariables).toEqual([
      { name: 'key', credentialId: 'static:1', field: 'accessKeyId' },
    ]);
    expect(applyVariables(spec, dev)).not.toHaveProperty('spec.secretVariables');
  });

  it('still blocks on an unknown variable next to a secret one', () => {
    const result = applyVariables({ ...spec, headers: [['x-key', '{{key}}{{nope}}']] }, dev);
    expect(result).toEqual({ ok: false, unresolved: ['nope'] });
  });

  it('does not expand a value that itself looks like a variable', () => {
    const loop: Environment = { name: 'loop', variables: [{ name: 'a', value: '{{a}}' }] };
    const result = applyVariables(
      { ...spec, path: '/{{a}}', query: [], headers: [], endpoint: 'http://x', body: undefined },
      loop,
    );
    expect(result.ok && result.spec.path).toBe('/{{a}}');
  });

  it('keeps a base64 body untouched', () => {
    const body = { kind: 'base64', data: 'e3t0YWJsZX19' } as const;
    const result = applyVariables({ ...spec, body }, dev);
    expect(result.ok && result.spec.body).toEqual(body);
  });
});

describe('variableStates', () => {
  it('tells resolved, secret and unknown variables apart, without secret values', () => {
    expect(variableStates(['/{{table}}/{{key}}', '{{nope}}{{table}}'], dev)).toEqual([
      { name: 'table', state: 'resolved', value: 'Orders' },
      { name: 'key', state: 'secret' },
      { name: 'nope', state: 'unresolved' },
    ]);
  });
});

describe('activeEnvironment', () => {
  it('is the chosen environment of the open collection only', () => {
    const data = newCollection({ name: 'c', service: 'dynamodb', region: 'us-east-1' });
    data.collection.environments.push(dev);
    expect(activeEnvironment({ dir: '/c', data, environment: 'dev' })).toBe(dev);
    expect(activeEnvironment({ dir: '/c', data, environment: undefined })).toBeUndefined();
    expect(activeEnvironment({ dir: '/c', data, environment: 'prod' })).toBeUndefined();
    expect(activeEnvironment({ dir: undefined, data, environment: 'dev' })).toBeUndefined();
  });
});
