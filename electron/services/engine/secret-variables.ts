import { substitute } from '../../../shared/domain/collection/variables';
import { StudioError } from '../../../shared/ipc/errors';
import type {
  RequestSpec,
  SecretVariable,
  ResponseSummary,
  SignedRequestView,
} from '../../../shared/ipc/operations/request';
import { replaceForms, secretForms } from '../signing/redact';
import type { CredentialResolver } from './engine';

/** The values of a spec's secret variables, by name: held on the privileged side only. */
export type SecretValues = ReadonlyMap<string, string>;

/**
 * Where secret variables' values may come from and where they may go: the user's explicit grants
 * for a collection, never whatever credential a collection file happens to name.
 */
export interface SecretSource {
  /** The value of one secret variable of a request of `collection`; a `credentials` error when not allowed. */
  value(collection: string, variable: SecretVariable): Promise<string>;
  /** Whether the user approved sending this collection's secret variables to `host`. */
  isApproved(collection: string, host: string): Promise<boolean>;
}

/** What the grants store offers a secret source (the store in storage/secret-grants.ts fits). */
export interface SecretGrantLookup {
  isBound(collection: string, credentialId: string): Promise<boolean>;
  isApproved(collection: string, host: string): Promise<boolean>;
}

/**
 * Secret variables filled only from credential-store entries (`static:`) the user bound to the
 * collection: AWS profiles, environment variables and the default chain are never read for them.
 */
export function storedSecrets(
  resolver: CredentialResolver,
  grants: SecretGrantLookup,
): SecretSource {
  return {
    async value(collection, { name, credentialId, field }) {
      if (!credentialId.startsWith('static:') || !(await grants.isBound(collection, credentialId)))
        throw new StudioError(
          'credentials',
          `The secret variable {{${name}}} names "${credentialId}", which is not a key you stored for this collection; secret variables are filled only from such keys (never from AWS profiles or environment variables). The request was not sent.`,
          { secretVariable: name },
        );
      const value = await resolver.resolve(credentialId).then(
        ({ credentials }) => credentials[field],
        () => undefined,
      );
      // The credential's own error could quote its source; only the variable and its reference are named.
      if (!value)
        throw new StudioError(
          'credentials',
          `The secret variable {{${name}}} could not be resolved (${field} of "${credentialId}"); the request was not sent.`,
        );
      return value;
    },
    isApproved: (collection, host) => grants.isApproved(collection, host),
  };
}

/** The source where nothing is granted: every secret variable is refused. */
export const noSecrets: SecretSource = {
  async value(_collection, { name }) {
    throw new StudioError(
      'credentials',
      `The secret variable {{${name}}} cannot be filled here: no key is stored for this collection. The request was not sent.`,
      { secretVariable: name },
    );
  },
  isApproved: async () => false,
};

/** Looks up each secret variable through the source; a request outside a collection has none to use. */
export async function resolveSecretVariables(
  spec: RequestSpec,
  source: SecretSource,
): Promise<SecretValues> {
  const values = new Map<string, string>();
  const variables = spec.secretVariables ?? [];
  if (variables.length === 0) return values;
  const { collection } = spec;
  if (!collection)
    throw new StudioError(
      'credentials',
      'Secret variables are filled only for a request of an open collection; the request was not sent.',
    );
  for (const variable of variables)
    values.set(variable.name, await source.value(collection, variable));
  return values;
}

/** The spec with the secret `{{name}}`s filled in path, query, headers, text body and endpoint. */
export function fillSecretVariables(spec: RequestSpec, values: SecretValues): RequestSpec {
  if (values.size === 0) return spec;
  const fill = (text: string): string => substitute(text, values);
  return {
    ...spec,
    path: fill(spec.path),
    query: spec.query.map(([key, value]) => [fill(key), value === null ? null : fill(value)]),
    headers: spec.headers.map(([key, value]) => [fill(key), fill(value)]),
    ...(spec.body?.kind === 'text' ? { body: { kind: 'text', text: fill(spec.body.text) } } : {}),
    ...(spec.endpoint === undefined ? {} : { endpoint: fill(spec.endpoint) }),
  };
}

/** Each form of each secret variable's value (raw, encoded, base64…) paired with `{{name}}`, longest first. */
export function secretVariableForms(values: SecretValues): Array<[string, string]> {
  const forms: Array<[string, string]> = [];
  for (const [name, value] of values)
    for (const form of secretForms(value)) forms.push([form, `{{${name}}}`]);
  return forms.sort((a, b) => b[0].length - a[0].length);
}

/** Puts `{{name}}` back wherever a secret variable's value appears in text, in any of its forms. */
export function secretHider(values: SecretValues): (text: string) => string {
  const forms = secretVariableForms(values);
  return (text) => replaceForms(text, forms);
}

/** The signed view with every secret variable's value hidden, the signer's working included. */
export function hideInView(
  view: SignedRequestView,
  hide: (text: string) => string,
): SignedRequestView {
  return {
    ...view,
    url: hide(view.url),
    headers: view.headers.map(([name, value]) => [hide(name), hide(value)]),
    body: view.bodyEncoding === 'utf8' ? hide(view.body) : view.body,
    canonicalRequest: hide(view.canonicalRequest),
    stringToSign: hide(view.stringToSign),
  };
}

/** The response summary with secret values hidden where a server may echo them (error texts, headers, preview). */
export function hideInSummary(
  summary: ResponseSummary,
  hide: (text: string) => string,
): ResponseSummary {
  const { awsError } = summary;
  return {
    ...summary,
    statusText: hide(summary.statusText),
    headers: summary.headers.map(([name, value]) => [name, hide(value)]),
    ...(summary.previewEncoding === 'utf8' ? { preview: hide(summary.preview) } : {}),
    ...(summary.xmlAsJson === undefined ? {} : { xmlAsJson: hide(summary.xmlAsJson) }),
    ...(awsError
      ? {
          awsError: {
            ...awsError,
            message: hide(awsError.message),
            ...(awsError.expectedCanonicalRequest === undefined
              ? {}
              : { expectedCanonicalRequest: hide(awsError.expectedCanonicalRequest) }),
            ...(awsError.expectedStringToSign === undefined
              ? {}
              : { expectedStringToSign: hide(awsError.expectedStringToSign) }),
          },
        }
      : {}),
  };
}

/** A StudioError whose message may quote a filled text, with secret values hidden; other errors as they are. */
export function hideInError(error: unknown, hide: (text: string) => string): unknown {
  if (!(error instanceof StudioError)) return error;
  const message = hide(error.message);
  return message === error.message ? error : new StudioError(error.code, message, error.details);
}
