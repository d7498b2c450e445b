import type { Environment, Variable } from '../schema';
import type { ConversionReport } from '../report';
import type { RawRequest, SecretCollector } from './common';
import { isObj, str } from './json-values';
import type { Obj } from './json-values';

const SECRET_NAME = /secret|password|session.?token|private.?key/i;

const AUTH_FIELDS = {
  accessKeyId: 'accessKeyId',
  secretAccessKey: 'secretAccessKey',
  sessionToken: 'sessionToken',
} as const;

function variableName(text: string | undefined): string | undefined {
  return /^\{\{\s*([^}\s]+)\s*\}\}$/.exec(text ?? '')?.[1];
}

/** Takes keys out of each request's auth: literal keys and the variables holding them go to the credential store. */
export function extractSecrets(
  requests: RawRequest[],
  variables: Map<string, string>,
  context: { collector: SecretCollector; secretVariables: Map<string, Variable> },
): Array<string | undefined> {
  return requests.map((raw) => {
    const auth = raw.auth;
    if (!auth) return undefined;
    const names = {
      accessKeyId: variableName(auth.accessKeyId),
      secretAccessKey: variableName(auth.secretAccessKey),
      sessionToken: variableName(auth.sessionToken),
    };
    const value = (field: keyof typeof AUTH_FIELDS): string | undefined => {
      const name = names[field];
      return name === undefined ? auth[field] : variables.get(name) || undefined;
    };
    const accessKeyId = value('accessKeyId');
    const secretAccessKey = value('secretAccessKey');
    const sessionToken = value('sessionToken');
    delete auth.accessKeyId;
    delete auth.secretAccessKey;
    delete auth.sessionToken;
    if (!accessKeyId || !secretAccessKey) return undefined;
    const ref = context.collector.add(
      { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
      `Imported key ${raw.name}`,
    );
    for (const field of Object.keys(AUTH_FIELDS) as Array<keyof typeof AUTH_FIELDS>) {
      const name = names[field];
      if (name) context.secretVariables.set(name, { name, secret: { credentialId: ref, field } });
    }
    return ref;
  });
}

/** The collection's enabled variables by name. */
export function readVariables(root: Obj): Map<string, string> {
  const variables = new Map<string, string>();
  for (const v of Array.isArray(root.variable) ? root.variable : [])
    if (isObj(v) && typeof v.key === 'string' && v.disabled !== true)
      variables.set(v.key, str(v.value) ?? '');
  return variables;
}

/** The collection's variables as an environment; secret ones become references or are emptied. */
export function buildEnvironment(
  variables: Map<string, string>,
  secretVariables: Map<string, Variable>,
  report: ConversionReport,
): Environment[] {
  if (variables.size === 0) return [];
  const list: Variable[] = [...variables].map(([name, value]) => {
    const secret = secretVariables.get(name);
    if (secret) {
      report.add(
        'secret',
        `variable ${name}`,
        'value kept out of the folder: it is offered to the credential store',
      );
      return secret;
    }
    if (SECRET_NAME.test(name) && value) {
      report.add(
        'secret',
        `variable ${name}`,
        'looks secret: its value was not imported; set it again in the app',
      );
      return { name, value: '' };
    }
    return { name, value };
  });
  return [{ name: 'Postman variables', variables: list }];
}
