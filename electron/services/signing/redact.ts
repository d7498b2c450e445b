import type { SigningCredentials } from './types';
import { encodeStrict } from './uri-encoding';

/** Stands in for the session token in displayed canonical requests. */
export const SESSION_TOKEN_PLACEHOLDER = '<session-token>';
/** Stands in for the secret access key, should a user ever type it into a signed header or query. */
export const SECRET_KEY_PLACEHOLDER = '<secret-access-key>';

// Shorter "secrets" would blank out ordinary text; real keys and tokens are 40+ characters.
const MIN_SECRET_LENGTH = 8;

/**
 * The ways a secret can appear in text a server sends back: raw, percent-encoded once and twice
 * (the wire, a canonical URI), as `encodeURIComponent` writes it, with JSON's `\/`, and in base64.
 */
export function secretForms(secret: string): string[] {
  const once = encodeStrict(secret);
  return [
    ...new Set([
      secret,
      once,
      encodeStrict(once),
      encodeURIComponent(secret),
      secret.split('/').join('\\/'),
      Buffer.from(secret, 'utf8').toString('base64'),
    ]),
  ];
}

/** Each form of each secret paired with its placeholder, longest first so no part of a form is left behind. */
export function credentialForms(credentials: SigningCredentials): Array<[string, string]> {
  const pairs: Array<[string | undefined, string]> = [
    [credentials.sessionToken, SESSION_TOKEN_PLACEHOLDER],
    [credentials.secretAccessKey, SECRET_KEY_PLACEHOLDER],
  ];
  const forms: Array<[string, string]> = [];
  for (const [secret, placeholder] of pairs) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of secretForms(secret)) forms.push([form, placeholder]);
  }
  return forms.sort((a, b) => b[0].length - a[0].length);
}

/** Replaces every form in text, in the order given. */
export function replaceForms(
  text: string,
  forms: ReadonlyArray<readonly [string, string]>,
): string {
  return forms.reduce((out, [form, placeholder]) => out.split(form).join(placeholder), text);
}

/**
 * Replaces the session token and secret key (raw, percent-encoded, base64…) in text meant for
 * display, e.g. our canonical request or the server's "canonical string should have been" text.
 */
export function redactCredentials(text: string, credentials: SigningCredentials): string {
  return replaceForms(text, credentialForms(credentials));
}

/** Header list for display: the session token (x-amz-security-token) and any secret replaced. */
export function redactHeaders(
  headers: ReadonlyArray<readonly [string, string]>,
  credentials: SigningCredentials,
): Array<[string, string]> {
  return headers.map(([name, value]) => [name, redactCredentials(value, credentials)]);
}
