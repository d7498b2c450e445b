import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  exportCurl,
  exportPostman,
  importCollection,
  mergeCollections,
  replaceCredentialRefs,
} from '../../../shared/domain/collection';
import type { CollectionData, FoundSecret } from '../../../shared/domain/collection';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';
import type { CredentialDescription } from '../../../shared/ipc/operations/credentials';
import { loadCollection, saveCollection } from './collection-store';
import { HistoryStore } from './history-store';
import { describeSamples, saveSample } from './sample-store';
import { Workspace, collectionDir } from './workspace';

export type CollectionOperation =
  | 'collection.recent'
  | 'collection.create'
  | 'collection.open'
  | 'collection.save'
  | 'collection.rename'
  | 'collection.duplicate'
  | 'collection.delete'
  | 'collection.forget'
  | 'collection.import'
  | 'collection.export'
  | 'collection.saveSample'
  | 'collection.samples'
  | 'history.list'
  | 'history.add'
  | 'history.clear';
export type CollectionHandlers = Pick<Handlers<unknown>, CollectionOperation>;

export interface CollectionHandlerDeps {
  /** The app's data folder: the workspace list and history live here, never in a collection. */
  appDataDir: string;
  /** Where imported keys go (the credential service fits); without it, found keys are reported and dropped. */
  credentials?: {
    add(key: {
      label: string;
      accessKeyId: string;
      secretAccessKey: string;
      sessionToken?: string;
    }): Promise<CredentialDescription>;
  };
  /** Binds keys stored from an import to the collection they were imported into (secret grants). */
  bindSecret?: (dir: string, credentialId: string) => Promise<void>;
  /** The whole kept body of a response (the engine's `body(id).readAll()`). */
  readBody?: (responseId: string) => Promise<Uint8Array>;
  historyCap?: number;
  clock?: () => Date;
}

/** The storage side of the contract, with its stores, so a host can also record history on send. */
export interface StorageServices {
  handlers: CollectionHandlers;
  workspace: Workspace;
  history: HistoryStore;
}

async function storeSecrets(
  secrets: FoundSecret[],
  deps: CollectionHandlerDeps,
  wanted: boolean,
): Promise<{
  ids: Map<string, string | undefined>;
  stored: Array<{ id: string; label: string; maskedKeyId?: string }>;
}> {
  const ids = new Map<string, string | undefined>();
  const stored: Array<{ id: string; label: string; maskedKeyId?: string }> = [];
  for (const secret of secrets) {
    if (!wanted || !deps.credentials) {
      ids.set(secret.ref, undefined);
      continue;
    }
    const { ref: _ref, kind: _kind, ...key } = secret;
    const description = await deps.credentials.add(key);
    ids.set(secret.ref, description.id);
    stored.push({
      id: description.id,
      label: description.label,
      ...(description.maskedKeyId ? { maskedKeyId: description.maskedKeyId } : {}),
    });
  }
  return { ids, stored };
}

/** Builds the collection, workspace and history handlers over the app data folder. */
export function createStorageServices(deps: CollectionHandlerDeps): StorageServices {
  const workspace = new Workspace(join(deps.appDataDir, 'workspace.json'));
  const history = new HistoryStore({
    file: join(deps.appDataDir, 'history.json'),
    newId: randomUUID,
    ...(deps.historyCap ? { cap: deps.historyCap } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const clock = deps.clock ?? (() => new Date());
  const handlers: CollectionHandlers = {
    'collection.recent': () => workspace.recent(),
    'collection.create': (input) => workspace.create({ ...input, dir: collectionDir(input.dir) }),
    'collection.open': ({ dir }) => workspace.open(collectionDir(dir)),
    'collection.save': ({ dir, data, versions, overwrite }) =>
      workspace.queue.run(collectionDir(dir), () =>
        saveCollection(collectionDir(dir), data, {
          versions,
          ...(overwrite ? { overwrite } : {}),
        }),
      ),
    'collection.rename': ({ dir, name }) => workspace.rename(collectionDir(dir), name),
    'collection.duplicate': ({ dir, to, name }) =>
      workspace.duplicate(collectionDir(dir), collectionDir(to), name),
    'collection.delete': async ({ dir, confirmName }) => ({
      deleted: await workspace.delete(collectionDir(dir), confirmName),
    }),
    'collection.forget': async ({ dir }) => ({
      forgotten: await workspace.forget(collectionDir(dir)),
    }),
    'collection.import': async ({ dir: rawDir, text, storeSecrets: wanted }) => {
      const dir = collectionDir(rawDir);
      const imported = importCollection(text);
      const { ids, stored } = await storeSecrets(imported.secrets, deps, wanted);
      const data: CollectionData = replaceCredentialRefs(imported.data, ids);
      await workspace.queue.run(dir, async () => {
        const existing = await loadCollection(dir).catch(() => undefined);
        await saveCollection(
          dir,
          existing ? mergeCollections(existing.data, data, existing.reservedSlugs) : data,
          existing ? { versions: existing.versions } : {},
        );
      });
      // The user stored these keys for this collection: its secret variables may use them.
      for (const { id } of stored) await deps.bindSecret?.(dir, id);
      return {
        ...(await workspace.open(dir)),
        format: imported.format,
        notes: imported.notes,
        storedCredentials: stored,
      };
    },
    'collection.export': async ({ dir, to, environment, slug }) => {
      const { data } = await loadCollection(collectionDir(dir));
      const requests =
        slug === undefined ? data.requests : data.requests.filter((r) => r.slug === slug);
      if (requests.length === 0 && slug !== undefined)
        throw new StudioError('not-found', `No request "${slug}" in the collection.`);
      return (to === 'postman' ? exportPostman : exportCurl)(
        { ...data, requests },
        environment === undefined ? {} : { environment },
      );
    },
    'collection.saveSample': async ({ dir, slug, responseId, status, headers }) => {
      if (!deps.readBody)
        throw new StudioError(
          'unsupported',
          'Saving samples needs the engine, which this host does not have.',
        );
      const body = await deps.readBody(responseId);
      return {
        path: await saveSample(collectionDir(dir), slug, {
          status,
          headers,
          body,
          takenAt: clock(),
        }),
      };
    },
    'collection.samples': ({ dir, slug }) => describeSamples(collectionDir(dir), slug),
    'history.list': (input) => history.list(input),
    'history.add': (input) => history.add(input),
    'history.clear': async () => ({ cleared: await history.clear() }),
  };
  return { handlers, workspace, history };
}

/** The contract handlers for collections, the workspace and history. */
export function createCollectionHandlers(deps: CollectionHandlerDeps): CollectionHandlers {
  return createStorageServices(deps).handlers;
}
