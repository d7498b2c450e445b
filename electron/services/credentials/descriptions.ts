import type { CredentialDescription } from '../../../shared/ipc/operations/credentials';
import type { KeyStore, StoredKeySummary } from './key-store';
import { maskKeyId } from './mask';
import type { ProfileSummary } from './profiles';

/** A stored static key, as the renderer may see it. */
export function staticDescription(
  key: StoredKeySummary,
  storage: KeyStore['storage'],
): CredentialDescription {
  const description: CredentialDescription = {
    id: key.id,
    source: 'static',
    label: key.label,
    maskedKeyId: key.maskedKeyId,
    storage,
  };
  if (key.hasSessionToken) description.kind = 'session token';
  return description;
}

/** The environment variables source. */
export function envDescription(env: NodeJS.ProcessEnv): CredentialDescription {
  const description: CredentialDescription = {
    id: 'env',
    source: 'environment',
    label: 'Environment variables',
    storage: 'environment',
  };
  if (env.AWS_ACCESS_KEY_ID) description.maskedKeyId = maskKeyId(env.AWS_ACCESS_KEY_ID);
  if (env.AWS_SESSION_TOKEN) description.kind = 'session token';
  return description;
}

/** A named profile from the shared AWS files. */
export function profileDescription(profile: ProfileSummary): CredentialDescription {
  const description: CredentialDescription = {
    id: `profile:${profile.name}`,
    source: 'profile',
    label: profile.name,
    profile: profile.name,
    kind: profile.kind,
    storage: 'aws-files',
  };
  if (profile.maskedKeyId) description.maskedKeyId = profile.maskedKeyId;
  return description;
}

/** The SDK's default chain (environment, AWS_PROFILE or default profile, SSO, web identity, container, instance). */
export function defaultDescription(env: NodeJS.ProcessEnv): CredentialDescription {
  const description: CredentialDescription = {
    id: 'default',
    source: 'default-chain',
    label: 'Default credential chain',
    storage: env.AWS_ACCESS_KEY_ID ? 'environment' : 'aws-files',
  };
  if (env.AWS_PROFILE) description.profile = env.AWS_PROFILE;
  return description;
}

/** How messages name a source: `the AWS profile "dev"`, `the environment variables`. */
export function describeSource(description: CredentialDescription): string {
  if (description.source === 'profile') return `the AWS profile "${description.profile}"`;
  if (description.source === 'environment') return 'the environment variables';
  if (description.source === 'default-chain') return 'the default credential chain';
  return `the stored key "${description.label}"`;
}
