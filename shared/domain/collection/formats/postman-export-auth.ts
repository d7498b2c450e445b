import type { RequestAuth } from '../../../ipc/operations/auth';
import type { CollectionData, RequestFile } from '../schema';
import type { ConversionReport } from '../report';
import { KEY_VARIABLES } from './postman-export';

type Param = { key: string; value: string | boolean; type: string };
const param = (key: string, value: string | boolean): Param => ({
  key,
  value,
  type: typeof value === 'boolean' ? 'boolean' : 'string',
});

/** The variable a stored secret of bearer, basic or API key auth is exported as (exported empty). */
export function storedSecretVariable(auth: RequestAuth): string | undefined {
  if (!('credentialId' in auth) || !auth.credentialId) return undefined;
  if (auth.type === 'bearer' && !auth.token) return 'bearerToken';
  if (auth.type === 'basic' && !auth.password) return 'basicPassword';
  if (auth.type === 'apikey' && !auth.value) return 'apiKeyValue';
  return undefined;
}

/** The variables stored secrets of the collection's requests are exported as. */
export function storedSecretVariables(data: CollectionData): string[] {
  const names = new Set<string>();
  for (const { request } of data.requests) {
    const name = request.auth && storedSecretVariable(request.auth);
    if (name) names.add(name);
  }
  return [...names];
}

/** A request's auth as Postman writes it: `awsv4` only for SigV4 requests, each other type as itself. */
export function postmanAuth(
  request: RequestFile,
  target: { region: string; service: string },
  report: ConversionReport,
): Record<string, unknown> {
  const auth = request.auth ?? { type: 'sigv4' };
  const stored = storedSecretVariable(auth);
  const secret = (template: string | undefined): string =>
    template ?? (stored ? `{{${stored}}}` : '');
  if (stored)
    report.add(
      'secret',
      request.name,
      `the stored ${auth.type} secret is the variable {{${stored}}}, exported empty`,
    );
  switch (auth.type) {
    case 'none':
      return { type: 'noauth' };
    case 'bearer':
      return { type: 'bearer', bearer: [param('token', secret(auth.token))] };
    case 'basic':
      return {
        type: 'basic',
        basic: [param('username', auth.username), param('password', secret(auth.password))],
      };
    case 'apikey':
      return {
        type: 'apikey',
        apikey: [param('key', auth.key), param('value', secret(auth.value)), param('in', auth.in)],
      };
    case 'sigv4':
      return {
        type: 'awsv4',
        awsv4: [
          param('region', target.region),
          param('service', target.service),
          ...KEY_VARIABLES.map((key) => param(key, `{{${key}}}`)),
          ...(request.authInQuery ? [param('addAuthDataToQuery', true)] : []),
        ],
      };
  }
}
