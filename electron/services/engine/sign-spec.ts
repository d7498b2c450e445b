// Signing one spec: secret variables filled, SigV4 or another auth applied, and the means to hide
// every secret of the request again in what is returned or recorded.
import type { Catalog } from '../../../shared/aws/catalog';
import { StudioError } from '../../../shared/ipc/errors';
import type { RequestSpec, SignedRequestView } from '../../../shared/ipc/operations/request';
import { redactCredentials, signRequest } from '../signing';
import { credentialForms } from '../signing/redact';
import type { SignedRequest, SigningCredentials } from '../signing';
import type { CredentialResolver, EngineDeps } from './engine';
import { prepareRequest } from './prepare-request';
import type { PreparedRequest } from './prepare-request';
import { authKeyAsSecretVariable, authorizeRequest } from './request-auth';
import {
  fillSecretVariables,
  hideInError,
  hideInView,
  noSecrets,
  resolveSecretVariables,
  secretHider,
  secretVariableForms,
} from './secret-variables';
import { toSignedView } from './signed-view';

/** A signed request: what goes on the wire, its view, and how to hide its secrets. */
export interface Signed {
  date: Date;
  prepared: Pick<PreparedRequest, 'endpoint' | 'wire'>;
  signed: Pick<SignedRequest, 'path' | 'wireQuery' | 'headers'>;
  view: SignedRequestView;
  /** Replaces this request's secret key, session token and secret variables' values in text. */
  redact: (text: string) => string;
  /** Puts `{{name}}` back where a secret variable's value appears. */
  hide: (text: string) => string;
  /** Every form of every secret of this request with its placeholder, longest first (for bodies). */
  forms: Array<[string, string]>;
}

async function resolveCredentials(
  resolver: CredentialResolver,
  id: string | undefined,
): Promise<SigningCredentials> {
  try {
    const { credentials } = await resolver.resolve(id);
    const { accessKeyId, secretAccessKey, sessionToken } = credentials;
    return sessionToken
      ? { accessKeyId, secretAccessKey, sessionToken }
      : { accessKeyId, secretAccessKey };
  } catch (error) {
    if (error instanceof StudioError) {
      throw error.code === 'credentials'
        ? error
        : new StudioError('credentials', error.message, error.details);
    }
    // A provider's raw message may quote a config file; only its kind is passed on.
    const kind = error instanceof Error ? error.name : 'Error';
    throw new StudioError(
      'credentials',
      `No credentials could be resolved${id ? ` for "${id}"` : ''} (${kind}); the request was not sent.`,
    );
  }
}

/** Signs one spec; a stored-key reference of its auth becomes a secret variable first. */
export async function signSpec(
  input: RequestSpec,
  context: { catalog: Catalog; deps: EngineDeps },
): Promise<Signed> {
  const spec = authKeyAsSecretVariable(input);
  const secrets = await resolveSecretVariables(spec, context.deps.secrets ?? noSecrets);
  const hide = secretHider(secrets);
  // Only SigV4 requests are signed; the others never see AWS credentials.
  if (spec.auth && spec.auth.type !== 'sigv4') {
    const authorized = await authorizeRequest(
      { ...fillSecretVariables(spec, secrets), auth: spec.auth },
      {
        secrets,
        catalog: context.catalog,
      },
    ).catch((error: unknown) => {
      const hidden = hideInError(error, hide);
      throw hidden instanceof Error ? hidden : new Error(String(hidden));
    });
    const hideAll = (text: string): string => authorized.hide(hide(text));
    const date = spec.signingDate ? new Date(spec.signingDate) : context.deps.clock();
    return {
      ...authorized,
      date,
      view: hideInView(authorized.view, hide),
      redact: hideAll,
      hide: hideAll,
      forms: [...secretVariableForms(secrets), ...authorized.forms].sort(
        (a, b) => b[0].length - a[0].length,
      ),
    };
  }
  let prepared: PreparedRequest;
  try {
    prepared = prepareRequest(fillSecretVariables(spec, secrets), context.catalog);
  } catch (error) {
    throw hideInError(error, hide);
  }
  const credentials = await resolveCredentials(context.deps.credentials, spec.credentialId);
  const date = spec.signingDate ? new Date(spec.signingDate) : context.deps.clock();
  const signed = await signRequest(prepared.wire, {
    credentials,
    signingName: prepared.endpoint.signingName,
    region: prepared.endpoint.signingRegion,
    date,
    s3: prepared.isS3,
  });
  const redact = (text: string): string => redactCredentials(hide(text), credentials);
  const view = hideInView(toSignedView(prepared, signed, credentials), hide);
  // In bodies the placeholders lose their angle brackets, which would break XML: `[session-token]`.
  const bodyForms = credentialForms(credentials).map(([form, placeholder]): [string, string] => [
    form,
    `[${placeholder.slice(1, -1)}]`,
  ]);
  const forms = [...secretVariableForms(secrets), ...bodyForms].sort(
    (a, b) => b[0].length - a[0].length,
  );
  return { date, prepared, signed, view, redact, hide, forms };
}
