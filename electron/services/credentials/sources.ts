import { fromEnv, fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { StudioError } from '../../../shared/ipc/errors';
import type { CredentialDescription } from '../../../shared/ipc/operations/credentials';
import {
  defaultDescription,
  describeSource,
  envDescription,
  profileDescription,
  staticDescription,
} from './descriptions';
import type { KeyStore } from './key-store';
import { summarize } from './key-store';
import { maskKeyId, scrubSecrets } from './mask';
import { awsFileLocations, loadProfiles, summarizeProfile } from './profiles';

/** Credentials ready for signing; they stay on the privileged side. */
export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export interface ResolvedCredentials {
  credentials: Credentials;
  description: CredentialDescription;
}

/** What locating a source needs: where to look and what to hand the SDK's providers. */
export interface SourceContext {
  keyStore: KeyStore;
  env: NodeJS.ProcessEnv;
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
  clientConfig?: Record<string, unknown>;
}

interface Located {
  base: CredentialDescription;
  provide: () => Promise<Credentials>;
}

/** The description and SDK provider for an id; a clear `credentials` error when there is no such source. */
export async function locateSource(id: string, context: SourceContext): Promise<Located> {
  const { env, keyStore } = context;
  const files = awsFileLocations(env);
  const sdk = {
    ...files,
    mfaCodeProvider: context.mfaCodeProvider,
    clientConfig: context.clientConfig,
    ignoreCache: true,
  };
  if (id === 'default')
    return {
      base: defaultDescription(env),
      provide: fromNodeProviderChain({ ...sdk, profile: env.AWS_PROFILE }),
    };
  if (id === 'env') return { base: envDescription(env), provide: fromEnv() };
  if (id.startsWith('profile:')) {
    const name = id.slice('profile:'.length);
    const section = (await loadProfiles(files)).get(name);
    if (!section)
      throw new StudioError(
        'credentials',
        `The AWS profile "${name}" is not in ${files.configFilepath} or ${files.filepath}.`,
      );
    return {
      base: profileDescription(summarizeProfile(name, section)),
      provide: fromIni({ ...sdk, profile: name }),
    };
  }
  if (id.startsWith('static:')) {
    const key = await keyStore.get(id);
    if (!key)
      throw new StudioError(
        'credentials',
        `The stored key ${id} no longer exists; choose another credential.`,
      );
    const { accessKeyId, secretAccessKey, sessionToken } = key;
    return {
      base: staticDescription(summarize(key), keyStore.storage),
      provide: async () => ({ accessKeyId, secretAccessKey, sessionToken }),
    };
  }
  throw new StudioError(
    'credentials',
    `Unknown credential "${id}": use default, env, profile:<name> or a stored key.`,
  );
}

/** Runs the provider and checks its answer; any failure becomes a `credentials` error without secrets. */
export async function resolveLocated({ base, provide }: Located): Promise<ResolvedCredentials> {
  let identity: Credentials;
  try {
    identity = await provide();
  } catch (error) {
    if (error instanceof StudioError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StudioError(
      'credentials',
      `No credentials from ${describeSource(base)}: ${explain(base, reason)}`,
    );
  }
  const missing = [
    !identity.accessKeyId && 'an access key id',
    !identity.secretAccessKey && 'a secret access key',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new StudioError(
      'credentials',
      `${describeSource(base)} gave no ${missing.join(' and ')}; nothing is sent unsigned.`,
    );
  }
  const credentials: Credentials = {
    accessKeyId: identity.accessKeyId,
    secretAccessKey: identity.secretAccessKey,
  };
  if (identity.sessionToken) credentials.sessionToken = identity.sessionToken;
  if (identity.expiration) credentials.expiration = identity.expiration;
  const description: CredentialDescription = {
    ...base,
    maskedKeyId: maskKeyId(identity.accessKeyId),
  };
  if (identity.expiration) description.expiresAt = identity.expiration.toISOString();
  return { credentials, description };
}

function explain(base: CredentialDescription, rawReason: string): string {
  if (base.source === 'environment')
    return 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set.';
  // A failed command's message carries its command line and output, which may hold anything.
  if (/^Command failed/i.test(rawReason))
    return 'its credential_process command failed; run it in a terminal to see why.';
  if (base.kind === 'settings only') {
    return 'the profile has no aws_access_key_id and aws_secret_access_key pair, role_arn, SSO or credential_process.';
  }
  const reason = scrubSecrets(rawReason.split('\n')[0] ?? '');
  if (base.source === 'default-chain' && /any providers/i.test(reason)) {
    return 'nothing in the environment, the AWS profile files, SSO cache, web identity, container or instance metadata gave credentials.';
  }
  return reason;
}
