import type { SigningCredentials } from './types';
import { encodeStrict } from './uri-encoding';

/** Stands in for the session token in displayed canonical requests. */
export const SESSION_TOKEN_PLACEHOLDER = '<session-token>';
/** Stands in for the secret access key, should a user ever type it into a signed header or query. */
export const SECRET_KEY_PLACEHOLDER = '<secret-access-key>';

// Shorter "secrets" would blank out ordinary text; real keys and tokens are 40+ characters.
const MIN_SECRET_LENGTH = 8;

/**
 * Replaces the session token and secret key (raw and percent-encoded) in text meant for display,
 * e.g. our canonical request or the server's "canonical string should have been" text.
 */
export function redactCredentials(text: string, credentials: SigningCredentials): string {
  let out = text;
  const pairs: Array<[string | undefined, string]> = [
    [credentials.sessionToken, SESSION_TOKEN_PLACEHOLDER],
    [credentials.secretAccessKey, SECRET_KEY_PLACEHOLDER],
  ];
  for (const [secret, placeholder] of pairs) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join(placeholder);
    const encoded = encodeStrict(secret);
    if (encoded !== secret) out = out.split(encoded).join(placeholder);
  }
  return out;
}

/** Header list for display: the session token (x-amz-security-token) and any secret replaced. */
export function redactHeaders(
  headers: ReadonlyArray<readonly [string, string]>,
  credentials: SigningCredentials,
): Array<[string, string]> {
  return headers.map(([name, value]) => [name, redactCredentials(value, credentials)]);
}
