import { fireEvent, screen } from '@testing-library/react';
import { collectionDataSchema, newCollection } from '../../shared/domain/collection';
import type { CollectionData } from '../../shared/domain/collection';
import { StudioError } from '../../shared/ipc/errors';
import type { HistoryEntry } from '../../shared/ipc/operations/collection';
import { createFakeApi } from './fake-api';

/** An in-memory host keeping collection folders by path; saves go through the collection schema as the storage handler's do. */
export function fakeCollectionHost(history: HistoryEntry[] = []): ReturnType<typeof createFakeApi> {
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
      folders.set(dir, collectionDataSchema.parse(data));
      return { written: [dir], deleted: [] };
    },
    'history.list': () => history,
  });
}

/** Fills and submits the rendered "New collection" form, then waits for the collection's heading. */
export async function createThroughForm(input: {
  dir: string;
  name: string;
  service: string;
}): Promise<void> {
  fireEvent.change(screen.getByLabelText('Folder'), { target: { value: input.dir } });
  fireEvent.change(screen.getByLabelText('Collection name'), { target: { value: input.name } });
  fireEvent.change(screen.getByLabelText('Collection service'), {
    target: { value: input.service },
  });
  fireEvent.click(screen.getByRole('button', { name: 'New collection' }));
  await screen.findByRole('heading', { name: input.name });
}
