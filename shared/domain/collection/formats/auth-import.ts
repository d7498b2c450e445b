import type { RequestAuth } from '../../../ipc/operations/auth';
import type { RequestFile, Variable } from '../schema';
import type { ConversionReport, FoundSecret } from '../report';
import type { FoundAuth, RawRequest, SecretCollector, SigV4Found } from './common';

/** What taking the secrets out of imported auth needs: where they go, and the variables they may name. */
export interface SecretContext {
  collector: SecretCollector;
  /** The source's variable values by name (collection variables, the base environment, `export` lines). */
  variables: ReadonlyMap<string, string>;
  /** Variables that hold a secret, by name: they become references to the credential store. */
  secretVariables: Map<string, Variable>;
  report: ConversionReport;
}

/** A value that stands for one the user fills in (`<secret-access-key>`, `YOUR_TOKEN`, `AKIAIOSFODNN7EXAMPLE`). */
export function isPlaceholder(value: string): boolean {
  return (
    /^<[^<>]*>$|^\[[^[\]]*\]$|^\.\.\.$|^x{3,}$/i.test(value.trim()) ||
    /^(your|my|enter|insert)[-_ ]|example|placeholder|changeme|^\*+$/i.test(value)
  );
}

function variableName(text: string | undefined): string | undefined {
  return /^\{\{\s*([^}\s]+)\s*\}\}$/.exec(text ?? '')?.[1];
}

// A value, the variable it names (if any) and what that variable holds.
function lookup(
  text: string | undefined,
  context: SecretContext,
): { name?: string; value?: string } {
  const name = variableName(text);
  if (name) {
    const value = context.variables.get(name);
    return value ? { name, value } : { name };
  }
  return text ? { value: text } : {};
}

function sigv4Secrets(
  raw: RawRequest,
  auth: SigV4Found,
  context: SecretContext,
): string | undefined {
  const fields = ['accessKeyId', 'secretAccessKey', 'sessionToken'] as const;
  const found = Object.fromEntries(fields.map((f) => [f, lookup(auth[f], context)])) as Record<
    (typeof fields)[number],
    { name?: string; value?: string }
  >;
  const key = found.accessKeyId.value;
  const secret = found.secretAccessKey.value;
  const token = found.sessionToken.value;
  if (!key || !secret) return undefined;
  if (isPlaceholder(key) || isPlaceholder(secret)) {
    context.report.add(
      'changed',
      raw.name,
      'SigV4 keys are placeholders: none was imported; choose a credential for the collection',
    );
    return undefined;
  }
  const ref = context.collector.add(
    {
      accessKeyId: key,
      secretAccessKey: secret,
      ...(token && !isPlaceholder(token) ? { sessionToken: token } : {}),
    },
    `Imported key ${raw.name}`,
  );
  for (const field of fields) {
    const name = found[field].name;
    if (name) context.secretVariables.set(name, { name, secret: { credentialId: ref, field } });
  }
  const renamed = fields.map((f) => found[f].name).filter((n): n is string => Boolean(n));
  if (renamed.length > 0)
    context.report.add(
      'changed',
      raw.name,
      `key variables ${renamed.map((n) => `{{${n}}}`).join(', ')} now refer to the credential store; exports name them {{accessKey}}, {{secretKey}}, {{sessionToken}}`,
    );
  return ref;
}

// One secret of bearer/basic/API key auth: kept as its `{{variable}}`, or moved to the credential store.
function otherSecret(
  raw: RawRequest,
  value: string,
  kind: NonNullable<FoundSecret['kind']>,
  name: string,
  context: SecretContext,
): { template?: string; credentialId?: string } {
  const found = lookup(value, context);
  if (!found.value || isPlaceholder(found.value)) {
    if (!value)
      context.report.add(
        'changed',
        raw.name,
        `${kind} auth has an empty secret: set it before sending`,
      );
    else if (!found.name)
      context.report.add(
        'changed',
        raw.name,
        `${kind} auth holds a placeholder "${value}": set it before sending`,
      );
    return found.name ? { template: value } : value ? { template: value } : {};
  }
  const ref = context.collector.add(
    { accessKeyId: name, secretAccessKey: found.value },
    `Imported ${kind} ${raw.name}`,
    kind,
  );
  if (found.name) {
    context.secretVariables.set(found.name, {
      name: found.name,
      secret: { credentialId: ref, field: 'secretAccessKey' },
    });
    return { template: value };
  }
  return { credentialId: ref };
}

function otherAuth(
  raw: RawRequest,
  auth: Exclude<FoundAuth, SigV4Found | { type: 'none' }>,
  context: SecretContext,
): RequestAuth {
  if (auth.type === 'bearer') {
    const secret = otherSecret(raw, auth.token, 'bearer', 'bearer-token', context);
    return {
      type: 'bearer',
      ...(secret.template ? { token: secret.template } : {}),
      ...(secret.credentialId ? { credentialId: secret.credentialId } : {}),
    };
  }
  if (auth.type === 'basic') {
    const secret = otherSecret(raw, auth.password, 'basic', auth.username || 'user', context);
    return {
      type: 'basic',
      username: auth.username,
      ...(secret.template ? { password: secret.template } : {}),
      ...(secret.credentialId ? { credentialId: secret.credentialId } : {}),
    };
  }
  const secret = otherSecret(raw, auth.value, 'apikey', auth.key, context);
  return {
    type: 'apikey',
    key: auth.key,
    in: auth.in,
    ...(secret.template ? { value: secret.template } : {}),
    ...(secret.credentialId ? { credentialId: secret.credentialId } : {}),
  };
}

/** Gives a built request file its auth, the secrets taken out to the credential store (never written into the file). */
export function applyAuth(raw: RawRequest, file: RequestFile, context: SecretContext): RequestFile {
  const auth = raw.auth;
  if (!auth || auth.type === 'none') return { ...file, auth: { type: 'none' } };
  if (auth.type === 'sigv4') {
    const ref = sigv4Secrets(raw, auth, context);
    return { ...file, auth: { type: 'sigv4' }, ...(ref ? { credentialId: ref } : {}) };
  }
  if (auth.type === 'apikey' && !auth.key) {
    context.report.add('dropped', raw.name, 'API key auth without a key name dropped');
    return { ...file, auth: { type: 'none' } };
  }
  return { ...file, auth: otherAuth(raw, auth, context) };
}

/** Reads `Authorization: Bearer …`/`Basic …` headers of a request that has no auth of its own into bearer or basic auth. */
export function authFromHeaders(raw: RawRequest): void {
  if (raw.auth && raw.auth.type !== 'none') return dropAuthEcho(raw);
  const at = raw.headers.findIndex(([name]) => name.toLowerCase() === 'authorization');
  const value = at < 0 ? '' : (raw.headers[at]?.[1] ?? '');
  const bearer = /^Bearer\s+(\S.*)$/i.exec(value);
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(value);
  const decoded = basic ? decodeBase64(basic[1] as string) : undefined;
  if (bearer) raw.auth = { type: 'bearer', token: (bearer[1] as string).trim() };
  else if (decoded?.includes(':')) {
    const colon = decoded.indexOf(':');
    raw.auth = {
      type: 'basic',
      username: decoded.slice(0, colon),
      password: decoded.slice(colon + 1),
    };
  } else return;
  raw.headers.splice(at, 1);
}

/** The header (name, value) an auth sends, for the kinds that send one. */
function sentHeader(auth: FoundAuth): [string, string] | undefined {
  if (auth.type === 'bearer') return ['authorization', `Bearer ${auth.token}`];
  if (auth.type === 'basic')
    return ['authorization', `Basic ${encodeBase64(`${auth.username}:${auth.password}`)}`];
  if (auth.type === 'apikey' && auth.in === 'header') return [auth.key.toLowerCase(), auth.value];
  return undefined;
}

/**
 * Removes a header that repeats exactly what the request's auth sends (Postman's own examples
 * carry both): the auth sends it, and the literal copy would put the secret into the file.
 */
function dropAuthEcho(raw: RawRequest): void {
  const sent = raw.auth ? sentHeader(raw.auth) : undefined;
  if (!sent) return;
  raw.headers = raw.headers.filter(
    ([name, value]) => !(name.toLowerCase() === sent[0] && value.trim() === sent[1]),
  );
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encodeBase64(text: string): string {
  // shared/ has neither TextEncoder nor btoa: encodeURIComponent gives the UTF-8 bytes.
  const bytes = encodeURIComponent(text)
    .replace(/%([0-9A-F]{2})|./gs, (c, hex: string | undefined) =>
      hex === undefined ? c : String.fromCharCode(parseInt(hex, 16)),
    )
    .split('')
    .map((c) => c.charCodeAt(0));
  const bits = bytes.map((b) => b.toString(2).padStart(8, '0')).join('');
  const chars = (bits.match(/.{1,6}/g) ?? []).map((b) => BASE64[parseInt(b.padEnd(6, '0'), 2)]);
  return chars.join('') + '='.repeat((4 - (chars.length % 4)) % 4);
}

function decodeBase64(text: string): string | undefined {
  let bits = '';
  for (const c of text.replace(/=+$/, '')) {
    const index = BASE64.indexOf(c);
    if (index < 0) return undefined;
    bits += index.toString(2).padStart(6, '0');
  }
  const bytes = (bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2));
  try {
    // decodeURIComponent refuses bytes that are not UTF-8, as a fatal decoder would.
    return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}
