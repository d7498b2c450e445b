import type { ConversionReport } from '../report';
import type { FoundAuth } from './common';
import { isObj, str } from './json-values';
import type { Obj } from './json-values';
import { placeholdersToVariables } from './url';

// v2.1 keeps auth parameters as [{key, value}], v2.0 as an object.
function authParams(auth: Obj, type: string): Map<string, string> {
  const raw = auth[type];
  const params = new Map<string, string>();
  if (Array.isArray(raw))
    for (const p of raw)
      if (isObj(p) && typeof p.key === 'string') params.set(p.key, str(p.value) ?? '');
  if (isObj(raw)) for (const [key, value] of Object.entries(raw)) params.set(key, str(value) ?? '');
  return params;
}

function awsv4(p: Map<string, string>, placeholders: Set<string>): FoundAuth {
  const fix = (text: string | undefined): string | undefined =>
    text ? placeholdersToVariables(text, placeholders) : undefined;
  const region = fix(p.get('region'));
  const service = fix(p.get('service'));
  return {
    type: 'sigv4',
    ...(region ? { region } : {}),
    ...(service ? { service } : {}),
    ...(p.get('accessKey') ? { accessKeyId: p.get('accessKey') } : {}),
    ...(p.get('secretKey') ? { secretAccessKey: p.get('secretKey') } : {}),
    ...(p.get('sessionToken') ? { sessionToken: p.get('sessionToken') } : {}),
    ...(p.get('addAuthDataToQuery') === 'true' ? { authInQuery: true } : {}),
    ...(p.has('region') && !region ? { emptyRegion: true } : {}),
  };
}

/**
 * Postman auth: a found auth, `null` for "no auth" (and for auth types the app cannot send, reported),
 * `undefined` when the level has no auth and inherits its parent's.
 */
export function readPostmanAuth(
  auth: unknown,
  where: string,
  context: { report: ConversionReport; placeholders: Set<string> },
): FoundAuth | null | undefined {
  if (!isObj(auth) || typeof auth.type !== 'string') return undefined;
  const p = authParams(auth, auth.type);
  switch (auth.type) {
    case 'noauth':
      return null;
    case 'awsv4':
      return awsv4(p, context.placeholders);
    case 'bearer':
      return { type: 'bearer', token: p.get('token') ?? '' };
    case 'basic':
      return {
        type: 'basic',
        username: p.get('username') ?? '',
        password: p.get('password') ?? '',
      };
    case 'apikey':
      return {
        type: 'apikey',
        key: p.get('key') ?? '',
        value: p.get('value') ?? '',
        in: p.get('in') === 'query' ? 'query' : 'header',
      };
    default:
      context.report.add(
        'dropped',
        where,
        `auth type "${auth.type}" is not held (none, bearer, basic, API key and AWS Signature v4 are): the request is sent without auth`,
      );
      return null;
  }
}
