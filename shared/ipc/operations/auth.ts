import { z } from 'zod';

const secretText = z.string().max(10_000);
const credentialId = z.string().min(1).max(300);

/**
 * How a request authenticates. Only `sigv4` is signed with AWS credentials. The secret of the other
 * kinds (token, password, key value) is never a literal here: it is a `{{variable}}` of the
 * environment (plain or secret) in `token`/`password`/`value`, or, when `credentialId` is set, the
 * secret field of that entry of the credential store.
 */
export const requestAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sigv4') }).strict(),
  z.object({ type: z.literal('none') }).strict(),
  z
    .object({
      type: z.literal('bearer'),
      token: secretText.optional(),
      credentialId: credentialId.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('basic'),
      username: z.string().max(1000),
      password: secretText.optional(),
      credentialId: credentialId.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('apikey'),
      key: z.string().min(1).max(200),
      in: z.enum(['header', 'query']),
      value: secretText.optional(),
      credentialId: credentialId.optional(),
    })
    .strict(),
]);
export type RequestAuth = z.infer<typeof requestAuthSchema>;
export type AuthType = RequestAuth['type'];

/** The auth a request without an `auth` field has: files written before auth types existed were all signed. */
export const DEFAULT_AUTH: RequestAuth = { type: 'sigv4' };

/** Whether a request with this auth is signed with AWS credentials. */
export function isSigned(auth: RequestAuth | undefined): boolean {
  return (auth ?? DEFAULT_AUTH).type === 'sigv4';
}

/** The text of an auth that may hold `{{variables}}` (the secret value and the names around it). */
export function authTexts(auth: RequestAuth | undefined): string[] {
  if (!auth) return [];
  switch (auth.type) {
    case 'sigv4':
    case 'none':
      return [];
    case 'bearer':
      return [auth.token ?? ''];
    case 'basic':
      return [auth.username, auth.password ?? ''];
    case 'apikey':
      return [auth.key, auth.value ?? ''];
  }
}

/** The auth with `fill` applied to every text that may hold `{{variables}}`. */
export function mapAuthTexts(
  auth: RequestAuth | undefined,
  fill: (text: string) => string,
): RequestAuth | undefined {
  if (!auth) return auth;
  switch (auth.type) {
    case 'sigv4':
    case 'none':
      return auth;
    case 'bearer':
      return { ...auth, ...(auth.token === undefined ? {} : { token: fill(auth.token) }) };
    case 'basic':
      return {
        ...auth,
        username: fill(auth.username),
        ...(auth.password === undefined ? {} : { password: fill(auth.password) }),
      };
    case 'apikey':
      return {
        ...auth,
        key: fill(auth.key),
        ...(auth.value === undefined ? {} : { value: fill(auth.value) }),
      };
  }
}
