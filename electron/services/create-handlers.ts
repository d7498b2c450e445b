import { homedir } from 'node:os';
import { join } from 'node:path';
import { awsCatalog, frozenNote } from '../../shared/aws/catalog';
import type { Handlers } from '../../shared/ipc/dispatch';
import { catalogHandlers } from './catalog/handlers';
import { createShapeStore } from './catalog/shape-store';
import { createCredentialService, credentialsHandlers } from './credentials/index';
import type { CredentialService, KeyStore } from './credentials/index';
import { createEngine } from './engine/engine';
import type { Engine } from './engine/engine';
import { engineHandlers, saveAsDownload, saveWithDialog } from './engine/handlers';
import { storedSecrets } from './engine/secret-variables';
import type { SentRequest } from './engine/sent-record';
import { createExportHandlers } from './export/handlers';
import type { BodyStore } from './http/body-store';
import { createMendixHandlers } from './mendix/handlers';
import { createStorageServices } from './storage/handlers';
import { FileSecretGrants } from './storage/secret-grants';
import type { StorageServices } from './storage/handlers';
import { createStructureHandlers } from './structure/handlers';
import { xmlConverter } from './structure/worker-runner';
import type { StructureWorkerConfig } from './structure/worker-runner';

export interface HandlerDeps {
  mode: 'desktop' | 'browser';
  keyStore: KeyStore;
  /** Why the key store is not the OS keychain, shown to the user through `app.info`. */
  keyStorageNotice?: string;
  /** Proxy settings, AWS profile files and the default chain read this environment. */
  env: NodeJS.ProcessEnv;
  clock?: () => Date;
  /** Desktop: asks where to save a response body; undefined means cancelled. */
  chooseSavePath?: (suggestedName: string) => Promise<string | undefined>;
  /** Desktop: asks where to write a connector bundle; undefined means cancelled. */
  chooseBundlePath?: (
    suggestedName: string,
    format: 'zip' | 'folder',
  ) => Promise<string | undefined>;
  /** Asked for a code when a profile has `mfa_serial`. */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
  version?: string;
  /** Where the workspace list and history live; `~/.connector-studio` unless the host says (Electron: userData). */
  appDataDir?: string;
  /** The structure worker (the bundle's `structure-worker.mjs`) for large bodies; without it inference runs in-thread. */
  structureWorker?: StructureWorkerConfig;
  /** The generated AWS shapes (dist/aws-shapes): model-complete structures; without them, sample-only. */
  shapesDir?: string;
}

/** The privileged side's services behind one contract, plus what a host needs besides the handlers. */
export interface HostServices {
  handlers: Handlers<unknown>;
  engine: Engine;
  credentials: CredentialService;
  /** Kept response bodies by id: the browser host's `/api/download/<responseId>` reads them here. */
  responses: { get(responseId: string): BodyStore };
  /** Collections, workspace and history stores. */
  storage: StorageServices;
}

// History is written after the response is returned; a full disk must not fail the send.
function recordIn(storage: StorageServices): (sent: SentRequest) => void {
  return (sent) => void storage.history.add(sent).catch(() => undefined);
}

/** Builds every service once and wires it to the contract; desktop and browser hosts differ only in saving. */
export function createHostServices(deps: HandlerDeps): HostServices {
  const credentials = createCredentialService({
    keyStore: deps.keyStore,
    env: deps.env,
    mfaCodeProvider: deps.mfaCodeProvider,
  });
  const appDataDir = deps.appDataDir ?? join(deps.env.HOME ?? homedir(), '.connector-studio');
  const grants = new FileSecretGrants(join(appDataDir, 'secret-grants.json'));
  const engine = createEngine({
    credentials,
    secrets: storedSecrets(credentials, grants),
    // XML bodies are converted off the host's thread, with a heap and time limit.
    ...(deps.structureWorker ? { xmlToJson: xmlConverter(deps.structureWorker) } : {}),
    clock: deps.clock ?? (() => new Date()),
    env: deps.env,
  });
  const readBody = (responseId: string): Promise<string> => engine.readModelText(responseId);
  const shapes = deps.shapesDir ? createShapeStore(deps.shapesDir) : undefined;
  const storage = createStorageServices({
    appDataDir,
    credentials,
    bindSecret: (dir, id) => grants.bind(dir, id),
    readBody: async (responseId) => engine.body(responseId).readAll(),
  });
  const save =
    deps.mode === 'desktop' && deps.chooseSavePath
      ? saveWithDialog(engine, deps.chooseSavePath)
      : saveAsDownload(engine);
  const handlers: Handlers<unknown> = {
    'app.info': async () => ({
      mode: deps.mode,
      version: deps.version ?? '0.1.0',
      keyStorage: deps.keyStore.storage,
      ...(deps.keyStorageNotice ? { keyStorageNotice: deps.keyStorageNotice } : {}),
      catalog: { sdkVersion: awsCatalog.sdkVersion, frozenNote },
    }),
    ...credentialsHandlers(credentials, grants),
    ...catalogHandlers,
    ...engineHandlers({ engine, credentials, recordSent: recordIn(storage) }, save),
    'request.approveSecretHost': async ({ collection, host }) => {
      await grants.approve(collection, host);
      return { approved: true };
    },
    ...createStructureHandlers({
      readBody,
      ...(shapes ? { shapes } : {}),
      ...(deps.structureWorker ? { worker: deps.structureWorker } : {}),
    }),
    ...storage.handlers,
    ...createMendixHandlers({ keyStore: deps.keyStore }),
    ...createExportHandlers({
      mode: deps.mode,
      readBody,
      toolVersion: deps.version ?? '0.1.0',
      ...(shapes ? { shapes } : {}),
      ...(deps.chooseBundlePath ? { chooseSavePath: deps.chooseBundlePath } : {}),
    }),
  };
  return {
    handlers,
    engine,
    credentials,
    responses: { get: (responseId) => engine.body(responseId) },
    storage,
  };
}

/** The contract's handlers for a host (Electron main or the browser host). */
export function createHandlers(deps: HandlerDeps): Handlers<unknown> {
  return createHostServices(deps).handlers;
}
