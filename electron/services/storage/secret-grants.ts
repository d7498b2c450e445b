import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { serializeFile } from '../../../shared/domain/collection';
import { writeFileAtomic } from './atomic-write';
import { readJsonIfValid } from './read-json';
import { SerialQueue } from './serial-queue';

const grantSchema = z.object({
  credentials: z.array(z.string()).default([]),
  hosts: z.array(z.string()).default([]),
});
const grantsFileSchema = z.object({
  formatVersion: z.literal(1),
  collections: z.record(z.string(), grantSchema),
});
type GrantsFile = z.infer<typeof grantsFileSchema>;
type Grant = z.infer<typeof grantSchema>;

/**
 * What the user allowed a collection's secret variables: which credential-store entries they may be
 * filled from, and which hosts they may be sent to. Held on the privileged side, never in a collection.
 */
export interface SecretGrants {
  isBound(collection: string, credentialId: string): Promise<boolean>;
  bind(collection: string, credentialId: string): Promise<void>;
  isApproved(collection: string, host: string): Promise<boolean>;
  approve(collection: string, host: string): Promise<void>;
  /** Withdraws a host approval; true when there was one. */
  revoke(collection: string, host: string): Promise<boolean>;
}

/** The collection's folder as one key: resolved and, when it exists, with symlinks followed. */
export async function collectionKey(dir: string): Promise<string> {
  const absolute = resolve(dir);
  return realpath(absolute).catch(() => absolute);
}

/** Host names compare without regard to case (`Example.com:443` is `example.com:443`). */
function hostKey(host: string): string {
  return host.toLowerCase();
}

/** Grants kept in a JSON file of the app data folder (`secret-grants.json`); a damaged file reads as empty. */
export class FileSecretGrants implements SecretGrants {
  private readonly queue = new SerialQueue();

  constructor(private readonly file: string) {}

  private async read(): Promise<GrantsFile> {
    return (
      (await readJsonIfValid(this.file, grantsFileSchema)) ?? { formatVersion: 1, collections: {} }
    );
  }

  private async grant(collection: string): Promise<Grant | undefined> {
    const file = await this.read();
    const key = await collectionKey(collection);
    return Object.prototype.hasOwnProperty.call(file.collections, key)
      ? file.collections[key]
      : undefined;
  }

  private change(collection: string, edit: (grant: Grant) => Grant): Promise<void> {
    return this.queue.run(this.file, async () => {
      const file = await this.read();
      const key = await collectionKey(collection);
      const before = Object.prototype.hasOwnProperty.call(file.collections, key)
        ? file.collections[key]
        : undefined;
      const collections = {
        ...file.collections,
        [key]: edit(before ?? { credentials: [], hosts: [] }),
      };
      await writeFileAtomic(this.file, serializeFile({ formatVersion: 1, collections }));
    });
  }

  async isBound(collection: string, credentialId: string): Promise<boolean> {
    return (await this.grant(collection))?.credentials.includes(credentialId) ?? false;
  }

  bind(collection: string, credentialId: string): Promise<void> {
    return this.change(collection, (grant) => ({
      ...grant,
      credentials: [...new Set([...grant.credentials, credentialId])].sort(),
    }));
  }

  async isApproved(collection: string, host: string): Promise<boolean> {
    return (await this.grant(collection))?.hosts.includes(hostKey(host)) ?? false;
  }

  approve(collection: string, host: string): Promise<void> {
    return this.change(collection, (grant) => ({
      ...grant,
      hosts: [...new Set([...grant.hosts, hostKey(host)])].sort(),
    }));
  }

  async revoke(collection: string, host: string): Promise<boolean> {
    const had = await this.isApproved(collection, host);
    if (had)
      await this.change(collection, (grant) => ({
        ...grant,
        hosts: grant.hosts.filter((h) => h !== hostKey(host)),
      }));
    return had;
  }
}

/** Grants held in memory (tests, and the CLI, which takes them from its flags for one run). */
export class MemorySecretGrants implements SecretGrants {
  private readonly grants = new Map<string, Grant>();

  private async entry(collection: string): Promise<Grant> {
    const key = await collectionKey(collection);
    let grant = this.grants.get(key);
    if (!grant) this.grants.set(key, (grant = { credentials: [], hosts: [] }));
    return grant;
  }

  async isBound(collection: string, credentialId: string): Promise<boolean> {
    return (await this.entry(collection)).credentials.includes(credentialId);
  }

  async bind(collection: string, credentialId: string): Promise<void> {
    (await this.entry(collection)).credentials.push(credentialId);
  }

  async isApproved(collection: string, host: string): Promise<boolean> {
    return (await this.entry(collection)).hosts.includes(hostKey(host));
  }

  async approve(collection: string, host: string): Promise<void> {
    (await this.entry(collection)).hosts.push(hostKey(host));
  }

  async revoke(collection: string, host: string): Promise<boolean> {
    const grant = await this.entry(collection);
    const before = grant.hosts.length;
    grant.hosts = grant.hosts.filter((h) => h !== hostKey(host));
    return grant.hosts.length < before;
  }
}
