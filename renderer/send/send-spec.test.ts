import { describe, expect, it } from 'vitest';
import { newCollection } from '../../shared/domain/collection';
import { initialDraft } from '../stores/request-store';
import { createRow } from '../stores/rows';
import { buildSendSpec } from './send-spec';

const data = newCollection({ name: 'c', service: 'dynamodb', region: 'us-east-1' });
data.collection.environments.push({ name: 'dev', variables: [{ name: 'id', value: '42' }] });
const draft = {
  ...initialDraft(),
  service: 'dynamodb',
  path: '/items/{{id}}',
  headers: [createRow('x-id', '{{id}}')],
};

describe('buildSendSpec', () => {
  it('fills variables when a collection is open', () => {
    const result = buildSendSpec(draft, { dir: '/c', data, environment: 'dev' });
    expect(result.ok && [result.spec.path, result.spec.headers]).toEqual([
      '/items/42',
      [['x-id', '42']],
    ]);
  });

  it('reports unresolved variables instead of a spec', () => {
    const result = buildSendSpec(draft, { dir: '/c', data, environment: undefined });
    expect(result).toEqual({
      ok: false,
      message: 'Unresolved variables: id.',
      unresolved: ['id'],
    });
  });

  it('leaves the draft as typed without an open collection, and form problems come first', () => {
    const closed = { dir: undefined, data: undefined, environment: undefined };
    const result = buildSendSpec(draft, closed);
    expect(result.ok && result.spec.path).toBe('/items/{{id}}');
    const noService = buildSendSpec(
      { ...draft, service: '' },
      { dir: '/c', data, environment: 'dev' },
    );
    expect(noService).toEqual({ ok: false, message: 'Pick a service.' });
  });
});
