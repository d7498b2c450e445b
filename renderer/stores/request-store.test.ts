import { beforeEach, describe, expect, it } from 'vitest';
import { initialDraft, useRequestStore } from './request-store';

describe('useRequestStore', () => {
  beforeEach(() => useRequestStore.setState(initialDraft()));

  it('fills method, path, labels, query, headers and body from an operation template', () => {
    useRequestStore.getState().applyTemplate('PutObject', {
      method: 'PUT',
      path: '/{Bucket}/{Key+}',
      query: [['uploads', null]],
      headers: [['content-type', 'application/octet-stream']],
      body: 'x',
      labels: ['Bucket', 'Key'],
    });
    const state = useRequestStore.getState();
    expect(state).toMatchObject({
      operation: 'PutObject',
      method: 'PUT',
      path: '/{Bucket}/{Key+}',
      body: 'x',
    });
    expect(state.labels).toEqual({ Bucket: '', Key: '' });
    expect(state.query).toMatchObject([{ name: 'uploads', value: '', bare: true, enabled: true }]);
    expect(state.headers).toMatchObject([
      { name: 'content-type', value: 'application/octet-stream' },
    ]);
  });

  it('clears the operation when the service changes', () => {
    useRequestStore.setState({ service: 'polly', operation: 'DescribeVoices' });
    useRequestStore.getState().setService('dynamodb');
    expect(useRequestStore.getState()).toMatchObject({ service: 'dynamodb', operation: '' });
  });

  it('adds, updates and removes rows by id', () => {
    const { addRow } = useRequestStore.getState();
    addRow('headers');
    addRow('headers');
    const [first, second] = useRequestStore.getState().headers;
    expect(first && second && first.id !== second.id).toBe(true);
    useRequestStore
      .getState()
      .updateRow('headers', second?.id ?? -1, { name: 'accept', enabled: false });
    useRequestStore.getState().removeRow('headers', first?.id ?? -1);
    expect(useRequestStore.getState().headers).toMatchObject([{ name: 'accept', enabled: false }]);
  });
});
