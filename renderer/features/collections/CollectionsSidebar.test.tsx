// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/ipc/operations/collection';
import { defaultModelDecisions } from '../../../shared/domain/entity-model/decisions';
import { defaultStructureDecisions } from '../../../shared/domain/json-structure/types';
import { ApiProvider } from '../../api/ApiProvider';
import { setOperationDecisions, useDecisionsStore } from '../../stores/decisions-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { createRow } from '../../stores/rows';
import { createThroughForm, fakeCollectionHost } from '../../testing/fake-collection-host';
import { CollectionsSidebar } from './CollectionsSidebar';
import { useCollectionsStore } from './store';

const sent: HistoryEntry = {
  id: 'h-1',
  at: '2026-01-01T00:00:00.000Z',
  spec: {
    region: 'eu-west-1',
    service: 'sqs',
    method: 'POST',
    path: '/',
    query: [],
    headers: [['X-A', '1']],
  },
  status: 200,
};

function renderSidebar(fake: ReturnType<typeof fakeCollectionHost>) {
  return render(
    <ApiProvider client={fake.api}>
      <CollectionsSidebar autosaveMs={0} />
    </ApiProvider>,
  );
}

function addDraftAs(name: string) {
  fireEvent.change(screen.getByLabelText('New request name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add request' }));
}

describe('CollectionsSidebar', () => {
  afterEach(() => {
    cleanup();
    useRequestStore.setState(initialDraft());
    useDecisionsStore.setState({ byOperation: {} });
    useCollectionsStore.setState({
      dir: undefined,
      data: undefined,
      dirty: false,
      recent: [],
      history: [],
    });
  });

  it('adds the draft as requests, and after a reload opening one fills the draft again', async () => {
    const fake = fakeCollectionHost([sent]);
    renderSidebar(fake);
    await createThroughForm({ dir: '/work/c', name: 'Mixed', service: 'dynamodb' });
    useRequestStore.setState({
      service: 'dynamodb',
      operation: 'ListTables',
      method: 'POST',
      headers: [createRow('X-Amz-Target', 'DynamoDB_20120810.ListTables')],
      body: '{}',
    });
    addDraftAs('Tables');
    expect(screen.getByRole('status').textContent).toContain('Editing “Tables”');
    // An added request is bound at once: the edits after "Add request" are its draft until saved.
    addDraftAs('Voices');
    expect(screen.getByRole('status').textContent).toContain('Editing “Voices”');
    act(() =>
      useRequestStore.setState({
        ...initialDraft(),
        region: 'eu-west-1',
        service: 'polly',
        operation: 'DescribeVoices',
        path: '/v1/voices',
        query: [createRow('Engine', 'neural')],
      }),
    );
    const services = () =>
      (useCollectionsStore.getState().data?.requests ?? []).map((r) => [
        r.request.name,
        r.request.service,
      ]);
    expect(services()).toEqual([
      ['Tables', 'dynamodb'],
      ['Voices', 'dynamodb'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Save request' }));
    expect(services()).toEqual([
      ['Tables', 'dynamodb'],
      ['Voices', 'polly'],
    ]);
    await waitFor(() => expect(screen.queryByLabelText('Unsaved changes')).toBeNull());

    cleanup();
    useCollectionsStore.setState({ dir: undefined, data: undefined, dirty: false, recent: [] });
    useRequestStore.setState(initialDraft());
    renderSidebar(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Mixed' }));
    fireEvent.click(await screen.findByRole('button', { name: 'POST Tables' }));
    expect(useRequestStore.getState()).toMatchObject({
      service: 'dynamodb',
      operation: 'ListTables',
      method: 'POST',
      body: '{}',
    });
    expect(useRequestStore.getState().headers.map((r) => [r.name, r.value])).toEqual([
      ['X-Amz-Target', 'DynamoDB_20120810.ListTables'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'GET Voices' }));
    expect(useRequestStore.getState()).toMatchObject({
      region: 'eu-west-1',
      service: 'polly',
      path: '/v1/voices',
      body: '',
      headers: [],
    });
    expect(useRequestStore.getState().query.map((r) => [r.name, r.value])).toEqual([
      ['Engine', 'neural'],
    ]);
  });

  it('reopens a history entry into the draft', async () => {
    renderSidebar(fakeCollectionHost([sent]));
    fireEvent.click(await screen.findByRole('button', { name: /^200 POST sqs/ }));
    expect(useRequestStore.getState()).toMatchObject({
      region: 'eu-west-1',
      service: 'sqs',
      method: 'POST',
    });
    expect(useRequestStore.getState().headers.map((r) => [r.name, r.value])).toEqual([
      ['X-A', '1'],
    ]);
  });

  it('keeps edits to an opened request a draft until saved, and leaves the others alone', async () => {
    const fake = fakeCollectionHost([sent]);
    renderSidebar(fake);
    await useCollectionsStore
      .getState()
      .create(fake.api, { dir: '/work/f', name: 'F', service: 'sqs', region: 'eu-west-1' });
    const { addRequest } = useCollectionsStore.getState();
    const base = {
      folder: '',
      method: 'POST',
      region: 'eu-west-1',
      service: 'sqs',
      query: [],
      headers: [],
    };
    addRequest({ ...base, name: 'One', operation: 'ListQueues', path: '/' });
    addRequest({ ...base, name: 'Two', operation: 'GetQueueUrl', path: '/' });
    await useCollectionsStore.getState().save(fake.api);
    const saved = () => useCollectionsStore.getState().data?.requests.map((r) => r.request) ?? [];
    const [one, two] = saved();
    const saves = () => fake.calls.filter((c) => c.name === 'collection.save').length;
    const savesBefore = saves();

    fireEvent.click(await screen.findByRole('button', { name: 'POST One' }));
    expect(screen.getByRole('status').textContent).toContain('Editing “One”: saved');
    act(() => useRequestStore.getState().setField('path', '/changed'));
    // The edit is a draft: the saved request, the collection and the disk are untouched.
    expect(screen.getByLabelText('Unsaved draft')).toBeTruthy();
    expect(saved()[0]).toEqual(one);
    expect(useCollectionsStore.getState().dirty).toBe(false);
    expect(saves()).toBe(savesBefore);

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(useRequestStore.getState().path).toBe('/');
    expect(screen.queryByLabelText('Unsaved draft')).toBeNull();

    act(() => useRequestStore.getState().setField('path', '/changed'));
    act(() =>
      setOperationDecisions('sqs:ListQueues', {
        structure: { ...defaultStructureDecisions, studioProVersion: 9 },
        model: defaultModelDecisions,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save request' }));
    await waitFor(() => expect(saves()).toBe(savesBefore + 1));
    expect(saved()[0]).toMatchObject({ name: 'One', path: '/changed', formatVersion: 1 });
    expect(saved()[0]?.structureDecisions?.studioProVersion).toBe(9);
    await waitFor(() => expect(screen.queryByLabelText('Unsaved draft')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'POST Two' }));
    act(() => useRequestStore.getState().setField('endpoint', 'http://127.0.0.1:9324'));
    expect(saved()[0]).toMatchObject({ path: '/changed' });
    expect(saved()[1]).toEqual(two);

    fireEvent.click(screen.getByRole('button', { name: 'New request' }));
    expect(screen.queryByText(/Editing/)).toBeNull();
    expect(useRequestStore.getState()).toMatchObject({ path: '/', service: '', endpoint: '' });
  });
});
