import { maskKeyId } from './mask';

/** A static key as the user typed it; only the credential service and key stores see it whole. */
export interface StoredKey {
  id: string;
  label: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** What a key store can tell without decrypting anything. */
export interface StoredKeySummary {
  id: string;
  label: string;
  maskedKeyId: string;
  hasSessionToken: boolean;
}

/** Where static keys live: the OS keychain (encrypted file) or memory for this session. */
export interface KeyStore {
  readonly storage: 'keychain' | 'memory';
  list(): Promise<StoredKeySummary[]>;
  get(id: string): Promise<StoredKey | undefined>;
  put(key: StoredKey): Promise<void>;
  remove(id: string): Promise<boolean>;
}

/** Keeps static keys in memory only; they are gone when the process ends. */
export class MemoryKeyStore implements KeyStore {
  readonly storage = 'memory' as const;
  private readonly keys = new Map<string, StoredKey>();

  async list(): Promise<StoredKeySummary[]> {
    return [...this.keys.values()].map(summarize);
  }

  async get(id: string): Promise<StoredKey | undefined> {
    const key = this.keys.get(id);
    return key ? { ...key } : undefined;
  }

  async put(key: StoredKey): Promise<void> {
    this.keys.set(key.id, { ...key });
  }

  async remove(id: string): Promise<boolean> {
    return this.keys.delete(id);
  }
}

/** The non-secret view of a stored key. */
export function summarize(key: StoredKey): StoredKeySummary {
  return {
    id: key.id,
    label: key.label,
    maskedKeyId: maskKeyId(key.accessKeyId),
    hasSessionToken: Boolean(key.sessionToken),
  };
}
