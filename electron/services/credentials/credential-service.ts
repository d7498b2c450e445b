import { randomUUID } from 'node:crypto';
import { StudioError } from '../../../shared/ipc/errors';
import type { CredentialDescription } from '../../../shared/ipc/operations/credentials';
import {
  defaultDescription,
  envDescription,
  profileDescription,
  staticDescription,
} from './descriptions';
import type { KeyStore } from './key-store';
import { summarize } from './key-store';
import { awsFileLocations, loadProfiles, summarizeProfile } from './profiles';
import { locateSource, resolveLocated } from './sources';
import type { ResolvedCredentials } from './sources';

export type { Credentials, ResolvedCredentials } from './sources';

export interface CredentialServiceOptions {
  keyStore: KeyStore;
  /**
   * Read for AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE, HOME and the listing; the
   * SDK's providers read process.env themselves (AWS_ACCESS_KEY_ID for `env`, the SSO cache under HOME).
   */
  env?: NodeJS.ProcessEnv;
  /** Asked for a code when a profile has `mfa_serial`. */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
  /** Configuration for the SDK's inner STS/SSO clients (tests point `endpoint` at 127.0.0.1). */
  clientConfig?: Record<string, unknown>;
  now?: () => number;
}

export interface AddStaticKey {
  label: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CredentialService {
  list(): Promise<CredentialDescription[]>;
  add(key: AddStaticKey): Promise<CredentialDescription>;
  remove(id: string): Promise<boolean>;
  /** Resolves `id` (the default chain when absent); throws a `credentials` error, never returns empty keys. */
  resolve(id?: string): Promise<ResolvedCredentials>;
}

// Temporary credentials are reused until five minutes before they expire.
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Static keys, environment, AWS profiles and the default chain, resolved with the AWS SDK's providers. */
export function createCredentialService(options: CredentialServiceOptions): CredentialService {
  const context = { ...options, env: options.env ?? process.env };
  const { keyStore, env } = context;
  const now = options.now ?? Date.now;
  const cache = new Map<string, ResolvedCredentials>();

  return {
    async list() {
      // `mendix:` entries are the Mendix token (electron/services/mendix/handlers.ts), not AWS keys.
      const statics = (await keyStore.list())
        .filter((key) => !key.id.startsWith('mendix:'))
        .map((key) => staticDescription(key, keyStore.storage));
      const environment = env.AWS_ACCESS_KEY_ID ? [envDescription(env)] : [];
      const sections = await loadProfiles(awsFileLocations(env));
      const profiles = [...sections].map(([name, section]) =>
        profileDescription(summarizeProfile(name, section)),
      );
      return [...statics, ...environment, ...profiles, defaultDescription(env)];
    },

    async add(key) {
      const stored = { ...key, id: `static:${randomUUID()}` };
      if (!stored.sessionToken) delete stored.sessionToken;
      await keyStore.put(stored);
      return staticDescription(summarize(stored), keyStore.storage);
    },

    async remove(id) {
      if (!id.startsWith('static:')) {
        throw new StudioError(
          'invalid-input',
          'Only stored static keys can be removed here; profiles and environment variables are managed outside the app.',
        );
      }
      cache.delete(id);
      return keyStore.remove(id);
    },

    async resolve(requested) {
      const id = requested ?? 'default';
      const expiry = cache.get(id)?.credentials.expiration?.getTime();
      if (expiry !== undefined && expiry - REFRESH_MARGIN_MS > now())
        return cache.get(id) as ResolvedCredentials;
      const resolved = await resolveLocated(await locateSource(id, context));
      if (resolved.credentials.expiration) cache.set(id, resolved);
      return resolved;
    },
  };
}
