import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StudioError } from '../../../shared/ipc/errors';
import type { KeyStore, StoredKey, StoredKeySummary } from './key-store';
import { MemoryKeyStore, summarize } from './key-store';

/** The OS keychain's encryption as Electron's `safeStorage` offers it; injected from main. */
export interface Encryptor {
  isAvailable(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

interface FileEntry extends StoredKeySummary {
  /** base64 of the encryptor's output for `{ accessKeyId, secretAccessKey, sessionToken }`. */
  sealed: string;
}

interface KeyFile {
  version: 1;
  keys: FileEntry[];
}

const UNAVAILABLE =
  'The OS keychain is not available, so static keys cannot be stored encrypted on disk. Nothing was written; the key is not saved.';

/** Static keys in one JSON file, each secret sealed by the OS keychain; written atomically. */
export class EncryptedFileKeyStore implements KeyStore {
  readonly storage = 'keychain' as const;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly filePath: string,
    private readonly encryptor: Encryptor,
  ) {}

  async list(): Promise<StoredKeySummary[]> {
    const file = await this.read();
    return file.keys.map(({ id, label, maskedKeyId, hasSessionToken }) => ({
      id,
      label,
      maskedKeyId,
      hasSessionToken,
    }));
  }

  async get(id: string): Promise<StoredKey | undefined> {
    const entry = (await this.read()).keys.find((key) => key.id === id);
    if (!entry) return undefined;
    if (!this.encryptor.isAvailable())
      throw new StudioError(
        'credentials',
        `The OS keychain is not available, so the stored key "${entry.label}" cannot be decrypted.`,
      );
    let secret: Pick<StoredKey, 'accessKeyId' | 'secretAccessKey' | 'sessionToken'>;
    try {
      secret = JSON.parse(
        this.encryptor.decrypt(Buffer.from(entry.sealed, 'base64')),
      ) as typeof secret;
    } catch {
      throw new StudioError(
        'credentials',
        `The stored key "${entry.label}" could not be decrypted with this user's keychain; add it again.`,
      );
    }
    return { id: entry.id, label: entry.label, ...secret };
  }

  async put(key: StoredKey): Promise<void> {
    if (!this.encryptor.isAvailable()) throw new StudioError('unsupported', UNAVAILABLE);
    const secret = {
      accessKeyId: key.accessKeyId,
      secretAccessKey: key.secretAccessKey,
      sessionToken: key.sessionToken,
    };
    const entry: FileEntry = {
      ...summarize(key),
      sealed: this.encryptor.encrypt(JSON.stringify(secret)).toString('base64'),
    };
    await this.update((keys) => [...keys.filter((existing) => existing.id !== key.id), entry]);
  }

  async remove(id: string): Promise<boolean> {
    let removed = false;
    await this.update((keys) => {
      removed = keys.some((key) => key.id === id);
      return keys.filter((key) => key.id !== id);
    });
    return removed;
  }

  private async read(): Promise<KeyFile> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, keys: [] };
      throw new StudioError('io', `Could not read the key store ${this.filePath}.`);
    }
    const parsed = parseKeyFile(text);
    if (parsed?.version !== 1 || !Array.isArray(parsed.keys))
      throw new StudioError(
        'io',
        `The key store ${this.filePath} is not in a format this version understands.`,
      );
    return { version: 1, keys: parsed.keys };
  }

  // Writes are serialised so two quick adds cannot lose one another.
  private update(change: (keys: FileEntry[]) => FileEntry[]): Promise<void> {
    const run = this.queue.then(async () => {
      const file = await this.read();
      await writeAtomically(
        this.filePath,
        `${JSON.stringify({ version: 1, keys: change(file.keys) }, null, 2)}\n`,
      );
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function parseKeyFile(text: string): Partial<KeyFile> | undefined {
  try {
    return JSON.parse(text) as Partial<KeyFile>;
  } catch {
    return undefined;
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { mode: 0o600 });
    await rename(temp, path);
  } catch {
    await rm(temp, { force: true });
    throw new StudioError('io', `Could not write the key store ${path}.`);
  }
}

/**
 * The key store for the desktop app: encrypted on disk when the OS keychain works, else memory for
 * this session with a notice saying so (never a home-made cipher).
 */
export function createKeyStore(
  filePath: string,
  encryptor: Encryptor,
): { store: KeyStore; notice?: string } {
  if (encryptor.isAvailable()) return { store: new EncryptedFileKeyStore(filePath, encryptor) };
  return {
    store: new MemoryKeyStore(),
    notice:
      'The OS keychain is not available: static keys are kept in memory for this session only and must be added again after a restart.',
  };
}
