import type { AuthType, RequestAuth } from '../../../shared/ipc/operations/auth';

/** The auth types a request can pick, in the order the editor lists them. */
export const AUTH_CHOICES: ReadonlyArray<{ type: AuthType; label: string }> = [
  { type: 'sigv4', label: 'AWS SigV4 (signed with the chosen credentials)' },
  { type: 'none', label: 'No auth (not signed)' },
  { type: 'bearer', label: 'Bearer token' },
  { type: 'basic', label: 'Basic auth' },
  { type: 'apikey', label: 'API key' },
];

/** The secret-holding fields of the auth types that have one. */
export type SecretField = 'token' | 'password' | 'value';

/** The secret field of an auth, if its type has one. */
export function secretFieldOf(type: AuthType): SecretField | undefined {
  if (type === 'bearer') return 'token';
  if (type === 'basic') return 'password';
  if (type === 'apikey') return 'value';
  return undefined;
}

/** Whether `text` is empty or only `{{variable}}` references, the one kind of secret text a request may hold. */
export function isSecretReference(text: string): boolean {
  return /^(\s*\{\{\s*[^{}\s]+\s*\}\})*\s*$/.test(text);
}

/** The auth after picking `type`, keeping the secret reference (or credential entry) the old type had. */
export function switchAuth(current: RequestAuth | undefined, type: AuthType): RequestAuth {
  const old = current ?? { type: 'sigv4' };
  const field = secretFieldOf(old.type);
  const secret = field ? (old as Partial<Record<SecretField, string>>)[field] : undefined;
  const credentialId = 'credentialId' in old ? old.credentialId : undefined;
  const keep = {
    ...(credentialId === undefined ? {} : { credentialId }),
  };
  switch (type) {
    case 'sigv4':
    case 'none':
      return { type };
    case 'bearer':
      return { type, ...(secret === undefined ? {} : { token: secret }), ...keep };
    case 'basic':
      return {
        type,
        username: old.type === 'basic' ? old.username : '',
        ...(secret === undefined ? {} : { password: secret }),
        ...keep,
      };
    case 'apikey':
      return {
        type,
        key: old.type === 'apikey' ? old.key : 'X-API-Key',
        in: old.type === 'apikey' ? old.in : 'header',
        ...(secret === undefined ? {} : { value: secret }),
        ...keep,
      };
  }
}

/** The auth with its secret field set to a reference (or removed when empty). */
export function withSecret(auth: RequestAuth, reference: string): RequestAuth {
  const field = secretFieldOf(auth.type);
  if (!field) return auth;
  const next: Record<string, unknown> = { ...auth };
  if (reference.trim() === '') delete next[field];
  else next[field] = reference.trim();
  return next as RequestAuth;
}

/** The auth with its credential store entry set (or removed when empty). */
export function withCredential(auth: RequestAuth, credentialId: string): RequestAuth {
  if (!secretFieldOf(auth.type)) return auth;
  const next: Record<string, unknown> = { ...auth };
  if (credentialId === '') delete next.credentialId;
  else next.credentialId = credentialId;
  return next as RequestAuth;
}
