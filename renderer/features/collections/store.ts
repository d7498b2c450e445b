import { create } from 'zustand';
import { FORMAT_VERSION, uniqueSlug } from '../../../shared/domain/collection';
import type { CollectionData, RequestFile } from '../../../shared/domain/collection';
import type {
  HistoryEntry,
  OpenedCollection,
  RecentCollection,
  SaveConflict,
} from '../../../shared/ipc/operations/collection';
import { saveConflictSchema } from '../../../shared/ipc/operations/collection';
import type { OperationOutput } from '../../../shared/ipc/contract';
import { ApiError } from '../../api/client';
import type { ApiClient } from '../../api/client';

type LoadProblem = OpenedCollection['problems'][number];
type ImportOutput = OperationOutput<'collection.import'>;
/** What an import reports: the conversion notes and the keys it put in the credential store. */
export type ImportOutcome = Pick<ImportOutput, 'notes' | 'storedCredentials'>;

interface CollectionsState {
  recent: RecentCollection[];
  dir: string | undefined;
  data: CollectionData | undefined;
  problems: LoadProblem[];
  reservedSlugs: string[];
  /** The file versions from open or the last save, sent with each save for the conflict check. */
  versions: OpenedCollection['versions'];
  /** Files changed outside the app since load: the last save was refused; reload or overwrite. */
  conflicts: SaveConflict[] | undefined;
  /** Unsaved edits exist (the panel shows a marker and autosaves). */
  dirty: boolean;
  environment: string | undefined;
  history: HistoryEntry[];
  error: string | undefined;
}

interface CollectionsActions {
  loadRecent(api: ApiClient): Promise<void>;
  open(api: ApiClient, dir: string): Promise<void>;
  create(
    api: ApiClient,
    input: { dir: string; name: string; service: string; region: string },
  ): Promise<void>;
  /** Saves the open collection; `overwrite` replaces files changed outside since load. */
  save(api: ApiClient, options?: { overwrite?: boolean }): Promise<void>;
  /** Opens the collection again from disk, dropping unsaved edits (the answer to a conflict). */
  reload(api: ApiClient): Promise<void>;
  rename(api: ApiClient, name: string): Promise<void>;
  remove(api: ApiClient, confirmName: string): Promise<void>;
  /** Adds a request (a slug is chosen that clashes with no file) and returns its slug. */
  addRequest(request: Omit<RequestFile, 'formatVersion'>): string | undefined;
  updateRequest(slug: string, patch: Partial<RequestFile>): void;
  /** Replaces a request's fields (as the editor has them), keeping its name, folder and import flags. */
  setRequestFields(
    slug: string,
    fields: Omit<RequestFile, 'formatVersion' | 'name' | 'folder'>,
  ): void;
  deleteRequest(slug: string): void;
  moveRequest(slug: string, delta: -1 | 1): void;
  setEnvironment(name: string | undefined): void;
  /** Imports a Postman, Insomnia or cURL text into the open collection; returns the report. */
  importText(api: ApiClient, text: string, storeSecrets?: boolean): Promise<ImportOutcome>;
  loadHistory(api: ApiClient, search?: string): Promise<void>;
  clearHistory(api: ApiClient): Promise<void>;
}

export type CollectionsStore = CollectionsState & CollectionsActions;

const initial: CollectionsState = {
  recent: [],
  dir: undefined,
  data: undefined,
  problems: [],
  reservedSlugs: [],
  versions: {},
  conflicts: undefined,
  dirty: false,
  environment: undefined,
  history: [],
  error: undefined,
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The files a `conflict` error names; undefined for any other error. */
function conflictsOf(error: unknown): SaveConflict[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return undefined;
  const parsed = saveConflictSchema.array().safeParse(error.details?.['conflicts']);
  return parsed.success ? parsed.data : [];
}

/** The collections slice: the workspace, the open collection with its unsaved marker, and history. */
export const useCollectionsStore = create<CollectionsStore>()((set, get) => {
  const opened = (result: OpenedCollection): void =>
    set({
      dir: result.dir,
      data: result.data,
      problems: result.problems,
      reservedSlugs: result.reservedSlugs,
      versions: result.versions,
      conflicts: undefined,
      dirty: false,
      environment: result.data.collection.environments[0]?.name,
      error: undefined,
    });
  const attempt = async (task: () => Promise<void>): Promise<void> => {
    try {
      await task();
    } catch (error) {
      set({ error: message(error) });
    }
  };
  const edit = (change: (data: CollectionData) => CollectionData): void => {
    const { data } = get();
    if (data) set({ data: change(data), dirty: true });
  };
  return {
    ...initial,
    loadRecent: (api) =>
      attempt(async () => set({ recent: await api.call('collection.recent', {}) })),
    open: (api, dir) => attempt(async () => opened(await api.call('collection.open', { dir }))),
    create: (api, input) => attempt(async () => opened(await api.call('collection.create', input))),
    save: async (api, options = {}) => {
      const { dir, data, versions } = get();
      if (!dir || !data) return;
      try {
        const saved = await api.call('collection.save', {
          dir,
          data,
          versions,
          ...(options.overwrite ? { overwrite: true } : {}),
        });
        set({ versions: saved.versions, conflicts: undefined });
        // Edits made while the save was in flight stay marked unsaved.
        if (get().data === data) set({ dirty: false, error: undefined });
      } catch (error) {
        set({ error: message(error), conflicts: conflictsOf(error) });
      }
    },
    reload: (api) =>
      attempt(async () => opened(await api.call('collection.open', { dir: get().dir ?? '' }))),
    rename: (api, name) =>
      attempt(async () =>
        opened(await api.call('collection.rename', { dir: get().dir ?? '', name })),
      ),
    remove: (api, confirmName) =>
      attempt(async () => {
        await api.call('collection.delete', { dir: get().dir ?? '', confirmName });
        set({ ...initial, recent: await api.call('collection.recent', {}) });
      }),
    addRequest: (request) => {
      const { data, reservedSlugs } = get();
      if (!data) return undefined;
      const slug = uniqueSlug(request.name, [
        ...data.requests.map((r) => r.slug),
        ...reservedSlugs,
      ]);
      edit((d) => ({
        collection: { ...d.collection, order: [...d.collection.order, slug] },
        requests: [...d.requests, { slug, request: { ...request, formatVersion: FORMAT_VERSION } }],
      }));
      return slug;
    },
    updateRequest: (slug, patch) =>
      edit((d) => ({
        ...d,
        requests: d.requests.map((r) =>
          r.slug === slug ? { slug, request: { ...r.request, ...patch } } : r,
        ),
      })),
    setRequestFields: (slug, fields) =>
      edit((d) => ({
        ...d,
        requests: d.requests.map(({ slug: s, request }) =>
          s === slug
            ? {
                slug,
                request: {
                  formatVersion: request.formatVersion,
                  name: request.name,
                  folder: request.folder,
                  ...(request.authInQuery === undefined
                    ? {}
                    : { authInQuery: request.authInQuery }),
                  ...fields,
                },
              }
            : { slug: s, request },
        ),
      })),
    deleteRequest: (slug) =>
      edit((d) => ({
        collection: { ...d.collection, order: d.collection.order.filter((s) => s !== slug) },
        requests: d.requests.filter((r) => r.slug !== slug),
      })),
    moveRequest: (slug, delta) =>
      edit((d) => {
        const requests = [...d.requests];
        const from = requests.findIndex((r) => r.slug === slug);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= requests.length) return d;
        const [moved] = requests.splice(from, 1);
        if (moved) requests.splice(to, 0, moved);
        return { collection: { ...d.collection, order: requests.map((r) => r.slug) }, requests };
      }),
    setEnvironment: (environment) => set({ environment }),
    importText: async (api, text, storeSecrets = true) => {
      const { dir } = get();
      if (!dir) return { notes: [], storedCredentials: [] };
      try {
        // Unsaved edits go first so the import extends what the user sees.
        if (get().dirty) await get().save(api);
        const result = await api.call('collection.import', { dir, text, storeSecrets });
        opened(result);
        return { notes: result.notes, storedCredentials: result.storedCredentials };
      } catch (error) {
        set({ error: message(error) });
        return { notes: [], storedCredentials: [] };
      }
    },
    loadHistory: (api, search) =>
      attempt(async () =>
        set({ history: await api.call('history.list', search ? { search } : {}) }),
      ),
    clearHistory: (api) =>
      attempt(async () => {
        await api.call('history.clear', {});
        set({ history: [] });
      }),
  };
});
