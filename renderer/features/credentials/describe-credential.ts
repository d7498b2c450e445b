import type { CredentialDescription } from '../../../shared/ipc/operations/credentials';

const sourceNames: Record<CredentialDescription['source'], string> = {
  static: 'static key',
  environment: 'environment',
  profile: 'profile',
  'default-chain': 'default chain',
};

/** One line describing a credential: label, source, profile, masked key id and expiry, never a secret. */
export function describeCredential(credential: CredentialDescription): string {
  const parts = [sourceNames[credential.source]];
  if (credential.profile && credential.profile !== credential.label)
    parts.push(`profile ${credential.profile}`);
  if (credential.kind) parts.push(credential.kind);
  if (credential.maskedKeyId) parts.push(credential.maskedKeyId);
  if (credential.expiresAt) parts.push(`expires ${credential.expiresAt}`);
  return `${credential.label} (${parts.join(', ')})`;
}
