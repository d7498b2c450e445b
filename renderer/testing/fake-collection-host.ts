import { fireEvent, screen } from '@testing-library/react';
import { collectionDataSchema, newCollection } from '../../shared/domain/collection';
import type { CollectionData } from '../../shared/domain/collection';
import { StudioError } from '../../shared/ipc/errors';
import type { HistoryEntry } from '../../shared/ipc/operations/collection';
import { createFakeApi } from './fake-api';

/** An in-memory host keeping collection folders by path; saves go through the collection schema as the storage handler's do. */
export function fakeCollectionHost(
  history: HistoryEntry[] = [],
): ReturnType<typeof createFakeApi> & { editOutside(dir: string, data: unknown): void } {
  const folders = new Map<string, CollectionData>();
  // One version per folder stands for its collection.json, checked on save as the real store does.
  const stamps = new Map<string, number>();
  const versions = (dir: string) => ({ 'collection.json': `v${stamps.get(dir) ?? 0}` });
  const store = (dir: string, data: unknown) => {
    folders.set(dir, collectionDataSchema.parse(data));
    stamps.set(dir, (stamps.get(dir) ?? 0) + 1);
  };
  const opened = (dir: string) => {
    const data = folders.get(dir);
    if (!data) throw new StudioError('not-found', `${dir} is not a collection folder`);
    return {
      dir,
      data: structuredClone(data),
      problems: [],
      reservedSlugs: [],
      versions: versions(dir),
    };
  };
  const fake = createFakeApi({
    'collection.recent': () =>
      [...folders].map(([dir, data]) => ({ dir, name: data.collection.name })),
    'collection.create': ({ dir, ...settings }) => {
      store(dir, newCollection(settings));
      return opened(dir);
    },
    'collection.open': ({ dir }) => opened(dir),
    'collection.save': ({ dir, data, versions: loaded, overwrite }) => {
      if (!overwrite && loaded['collection.json'] !== versions(dir)['collection.json'])
        throw new StudioError('conflict', 'Not saved: collection.json changed outside the app.', {
          conflicts: [{ file: 'collection.json', change: 'changed' }],
        });
      store(dir, data);
      return { written: [dir], deleted: [], versions: versions(dir) };
    },
    'history.list': () => history,
  });
  return { ...fake, editOutside: store };
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
