// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newCollection } from '../../../shared/domain/collection';
import type { CollectionData } from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import { ApiProvider } from '../../api/ApiProvider';
import { createFakeApi } from '../../testing/fake-api';
import { CollectionsPanel } from './CollectionsPanel';
import { useCollectionsStore } from './store';

// An in-memory host: folders by path, as the storage handlers would keep them on disk.
function fakeHost() {
  const folders = new Map<string, CollectionData>();
  const opened = (dir: string) => {
    const data = folders.get(dir);
    if (!data) throw new StudioError('not-found', `${dir} is not a collection folder`);
    return { dir, data: structuredClone(data), problems: [], reservedSlugs: [] };
  };
  return createFakeApi({
    'collection.recent': () =>
      [...folders].map(([dir, data]) => ({ dir, name: data.collection.name })),
    'collection.create': ({ dir, ...settings }) => {
      folders.set(dir, newCollection(settings));
      return opened(dir);
    },
    'collection.open': ({ dir }) => opened(dir),
    'collection.save': ({ dir, data }) => {
      folders.set(dir, structuredClone(data) as CollectionData);
      return { written: [dir], deleted: [] };
    },
    'history.list': () => [],
  });
}

function renderPanel(fake: ReturnType<typeof fakeHost>) {
  return render(
    <ApiProvider client={fake.api}>
      <CollectionsPanel
        autosaveMs={0}
        currentRequest={() => ({
          method: 'POST',
          path: '/',
          query: [],
          headers: [['X-Amz-Target', 'DynamoDB_20120810.ListTables']],
        })}
      />
    </ApiProvider>,
  );
}

describe('CollectionsPanel', () => {
  afterEach(() => {
    cleanup();
    useCollectionsStore.setState({
      dir: undefined,
      data: undefined,
      dirty: false,
      recent: [],
      error: undefined,
    });
  });

  it('creates a collection, adds two requests, saves, and finds them again after a reload', async () => {
    const fake = fakeHost();
    renderPanel(fake);
    fireEvent.change(screen.getByLabelText('Folder'), { target: { value: '/work/dynamo' } });
    fireEvent.change(screen.getByLabelText('Collection name'), { target: { value: 'Dynamo' } });
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'dynamodb' } });
    fireEvent.click(screen.getByRole('button', { name: 'New collection' }));
    await screen.findByRole('heading', { name: 'Dynamo' });
    for (const name of ['List tables', 'List tables']) {
      fireEvent.change(screen.getByLabelText('New request name'), { target: { value: name } });
      fireEvent.click(screen.getByRole('button', { name: 'Add request' }));
    }
    expect(screen.getByLabelText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByLabelText('Unsaved changes')).toBeNull());
    const saved = fake.calls.find((c) => c.name === 'collection.save')?.input as {
      data: CollectionData;
    };
    expect(saved.data.requests.map((r) => r.slug)).toEqual(['list-tables', 'list-tables-2']);

    cleanup();
    useCollectionsStore.setState({ dir: undefined, data: undefined, dirty: false, recent: [] });
    renderPanel(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Dynamo' }));
    await screen.findByRole('heading', { name: 'Dynamo' });
    expect(screen.getAllByRole('button', { name: /^POST List tables/ })).toHaveLength(2);
  });

  it('reorders and deletes requests, marking the collection unsaved', async () => {
    const fake = fakeHost();
    renderPanel(fake);
    await useCollectionsStore
      .getState()
      .create(fake.api, { dir: '/c', name: 'C', service: 'sqs', region: 'eu-west-1' });
    const { addRequest } = useCollectionsStore.getState();
    addRequest({ name: 'First', folder: '', method: 'GET', path: '/', query: [], headers: [] });
    addRequest({
      name: 'Second',
      folder: '',
      method: 'GET',
      path: '/{{queue}}',
      query: [],
      headers: [],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Move Second up' }));
    expect(useCollectionsStore.getState().data?.collection.order).toEqual(['second', 'first']);
    expect(screen.getByText('(1 unresolved)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete First' }));
    expect(useCollectionsStore.getState().data?.requests.map((r) => r.slug)).toEqual(['second']);
    expect(useCollectionsStore.getState().dirty).toBe(true);
  });
});
