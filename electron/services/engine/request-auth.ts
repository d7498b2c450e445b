import { findService } from '../../../shared/aws/catalog';
import type { Catalog } from '../../../shared/aws/catalog';
import { resolveEndpoint } from '../../../shared/aws/endpoints';
import type { ResolvedEndpoint } from '../../../shared/aws/endpoints';
import { substitute } from '../../../shared/domain/collection/variables';
import type { RequestAuth } from '../../../shared/ipc/operations/auth';
import { StudioError } from '../../../shared/ipc/errors';
import type { RequestSpec, SignedRequestView } from '../../../shared/ipc/operations/request';
import { buildWireQuery } from '../signing/uri-encoding';
import { buildUrl } from '../signing/sign-request';
import { bodyBytes, checkHeaders, encodeWirePath } from './prepare-request';
import type { PreparedRequest } from './prepare-request';
import { displayBody } from './signed-view';

type OtherAuth = Exclude<RequestAuth, { type: 'sigv4' }>;

/** A request authenticated without SigV4: what goes on the wire, its view, and how to hide its secret. */
export interface AuthorizedRequest {
  prepared: Pick<PreparedRequest, 'endpoint' | 'wire'>;
  signed: { path: string; wireQuery: string; headers: Array<[string, string]> };
  view: SignedRequestView;
  /** Replaces the auth's secret (and its encoded forms) by a placeholder. */
  hide: (text: string) => string;
  /** The auth's secret forms with a bracketed placeholder, for scrubbing response bodies. */
  forms: Array<[string, string]>;
}

const SECRET_PLACEHOLDER: Record<OtherAuth['type'], string> = {
  none: '',
  bearer: '<bearer-token>',
  basic: '<basic-credentials>',
  apikey: '<api-key>',
};

function secretTemplate(auth: OtherAuth): string | undefined {
  if (auth.type === 'bearer') return auth.token;
  if (auth.type === 'basic') return auth.password;
  if (auth.type === 'apikey') return auth.value;
  return undefined;
}

/** The secret variable a stored-key reference of bearer, basic or API key auth becomes. */
export const AUTH_SECRET_VARIABLE = 'auth.secret';

function withSecretTemplate(auth: OtherAuth, template: string): OtherAuth {
  if (auth.type === 'bearer') return { type: 'bearer', token: template };
  if (auth.type === 'basic') return { type: 'basic', username: auth.username, password: template };
  if (auth.type === 'apikey')
    return { type: 'apikey', key: auth.key, in: auth.in, value: template };
  return auth;
}

/**
 * A bearer, basic or API key auth that names a stored key (`credentialId`) instead of a value is a
 * secret variable like any other: filled only from a key the user bound to the collection, sent only
 * to a host the user approved (issue 17). The spec is rewritten so that one path enforces both.
 */
export function authKeyAsSecretVariable(spec: RequestSpec): RequestSpec {
  const { auth } = spec;
  if (!auth || auth.type === 'sigv4' || auth.type === 'none' || !auth.credentialId) return spec;
  const template = secretTemplate(auth);
  if (template) return spec;
  return {
    ...spec,
    auth: withSecretTemplate(auth, `{{${AUTH_SECRET_VARIABLE}}}`),
    secretVariables: [
      ...(spec.secretVariables ?? []).filter((v) => v.name !== AUTH_SECRET_VARIABLE),
      { name: AUTH_SECRET_VARIABLE, credentialId: auth.credentialId, field: 'secretAccessKey' },
    ],
  };
}

// The secret is a value or a `{{variable}}` filled from the secret variables' values (a stored key
// became one in `authKeyAsSecretVariable`); AWS credentials are never read for it.
function authSecret(auth: OtherAuth, secrets: ReadonlyMap<string, string>): string {
  if (auth.type === 'none') return '';
  const template = secretTemplate(auth);
  const value = template === undefined ? '' : substitute(template, secrets);
  if (!value || value.includes('{{'))
    throw new StudioError(
      'credentials',
      `The ${auth.type === 'apikey' ? 'API key' : auth.type === 'basic' ? 'password' : 'bearer token'} of this request is not set; the request was not sent.`,
    );
  return value;
}

function origin(spec: RequestSpec, catalog: Catalog): ResolvedEndpoint {
  if (spec.endpoint) {
    const url = new URL(spec.endpoint);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new StudioError('invalid-input', `The endpoint "${spec.endpoint}" is not http(s).`);
    return {
      url: url.origin,
      hostname: url.hostname,
      host: url.host,
      ...(url.port ? { port: Number(url.port) } : {}),
      signingName: '',
      signingRegion: '',
      partition: '',
      isGlobal: false,
      isCustom: true,
    };
  }
  const service = findService(catalog, spec.service);
  if (!service)
    throw new StudioError(
      'invalid-input',
      `A request without SigV4 auth needs an endpoint (its URL); "${spec.service}" is no AWS service to find one for.`,
    );
  return resolveEndpoint({ service, region: spec.region });
}

function withoutHeader(
  headers: ReadonlyArray<readonly [string, string]>,
  name: string,
): Array<[string, string]> {
  return headers
    .filter(([key]) => key.trim().toLowerCase() !== name.toLowerCase())
    .map(([key, value]) => [key, value]);
}

/**
 * Prepares a request whose auth is none, bearer, basic or API key: never signed, never given AWS
 * credentials. The secret is looked up here and hidden in everything the renderer sees.
 */
export async function authorizeRequest(
  spec: RequestSpec & { auth: OtherAuth },
  context: { secrets: ReadonlyMap<string, string>; catalog: Catalog },
): Promise<AuthorizedRequest> {
  const { auth } = spec;
  const secret = authSecret(auth, context.secrets);
  const username = auth.type === 'basic' ? substitute(auth.username, context.secrets) : '';
  let headers: Array<[string, string]> = spec.headers.map(([key, value]) => [key, value]);
  const query = [...spec.query];
  const encoded =
    auth.type === 'basic' ? Buffer.from(`${username}:${secret}`).toString('base64') : '';
  if (auth.type === 'bearer')
    headers = [...withoutHeader(headers, 'authorization'), ['Authorization', `Bearer ${secret}`]];
  if (auth.type === 'basic')
    headers = [...withoutHeader(headers, 'authorization'), ['Authorization', `Basic ${encoded}`]];
  if (auth.type === 'apikey' && auth.in === 'header')
    headers = [...withoutHeader(headers, auth.key), [auth.key, secret]];
  if (auth.type === 'apikey' && auth.in === 'query') query.push([auth.key, secret]);
  checkHeaders(headers);
  const endpoint = origin(spec, context.catalog);
  const protocol = endpoint.url.startsWith('http:') ? 'http:' : 'https:';
  // Without a signature there is no canonical form to match: the path is encoded once, never normalised.
  const path = encodeWirePath(spec.path);
  const wireQuery = buildWireQuery(query);
  const body = bodyBytes(spec.body);
  const placeholder = SECRET_PLACEHOLDER[auth.type];
  const forms = [encoded, secret, encodeURIComponent(secret)].filter((f) => f.length > 0);
  const hide = (text: string): string =>
    forms.reduce((out, form) => out.split(form).join(placeholder), text);
  const shown = displayBody(body);
  const view: SignedRequestView = {
    method: spec.method,
    url: hide(buildUrl(protocol, endpoint.host, path, wireQuery)),
    headers: [['host', endpoint.host] as [string, string], ...headers].map(
      ([k, v]): [string, string] => [k, hide(v)],
    ),
    body: shown.bodyEncoding === 'utf8' ? hide(shown.body) : shown.body,
    bodyEncoding: shown.bodyEncoding,
    canonicalRequest: '',
    stringToSign: '',
    signedHeaders: [],
    signingName: '',
    region: '',
  };
  const wire = {
    method: spec.method,
    protocol,
    hostname: endpoint.hostname,
    path,
    query,
    headers,
    body,
  } as const;
  return {
    prepared: { endpoint, wire: { ...wire, ...(endpoint.port ? { port: endpoint.port } : {}) } },
    signed: { path, wireQuery, headers },
    view,
    hide,
    forms: forms.map((form): [string, string] => [form, `[${placeholder.slice(1, -1)}]`]),
  };
}
