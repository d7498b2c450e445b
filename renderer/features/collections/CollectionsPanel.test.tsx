// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectionData } from '../../../shared/domain/collection';
import { ApiProvider } from '../../api/ApiProvider';
import { createThroughForm, fakeCollectionHost } from '../../testing/fake-collection-host';
import { CollectionsPanel } from './CollectionsPanel';
import { useCollectionsStore } from './store';

function renderPanel(fake: ReturnType<typeof fakeCollectionHost>) {
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
    const fake = fakeCollectionHost();
    renderPanel(fake);
    await createThroughForm({ dir: '/work/dynamo', name: 'Dynamo', service: 'dynamodb' });
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
    const fake = fakeCollectionHost();
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

  it('shows which files changed outside when a save is refused, then reloads or overwrites', async () => {
    const fake = fakeCollectionHost();
    renderPanel(fake);
    await createThroughForm({ dir: '/work/s3', name: 'S3', service: 's3' });
    const outside = structuredClone(useCollectionsStore.getState().data) as CollectionData;
    outside.collection.name = 'S3 from git';
    fake.editOutside('/work/s3', outside);
    fireEvent.change(screen.getByLabelText('New request name'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add request' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert', { name: 'Save conflict' });
    expect(alert.textContent).toContain('collection.json (changed)');
    expect(screen.getByLabelText('Unsaved changes')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Overwrite with my changes' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const saves = fake.calls.filter((c) => c.name === 'collection.save');
    expect(saves.map((c) => (c.input as { overwrite?: boolean }).overwrite)).toEqual([
      undefined,
      true,
    ]);

    fake.editOutside('/work/s3', outside);
    fireEvent.change(screen.getByLabelText('New request name'), { target: { value: 'More' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add request' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'Save conflict' });
    fireEvent.click(screen.getByRole('button', { name: 'Reload from disk' }));
    await screen.findByRole('heading', { name: 'S3 from git' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
