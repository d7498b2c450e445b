import type { AwsCredentialIdentity } from '@smithy/types';
import { prepareRequest, type PreparedRequest } from './prepare';
import { RecordingSignatureV4 } from './recording-signer';
import { redactCredentials } from './redact';
import type { SignedRequest, SigningOptions, WireRequest } from './types';
import { buildWireQuery } from './uri-encoding';

const TOKEN_HEADER = 'x-amz-security-token';

/** The credentials smithy signs with: without the token when it is to be added after signing. */
export function credentialsForSigning(options: SigningOptions): AwsCredentialIdentity {
  const { accessKeyId, secretAccessKey, sessionToken } = options.credentials;
  const signToken = options.signSessionToken ?? true;
  return signToken && sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
}

/** A smithy signer for one call, configured for the prepared request's path and payload rules. */
export function createSigner(
  prepared: PreparedRequest,
  options: SigningOptions,
): RecordingSignatureV4 {
  return new RecordingSignatureV4({
    credentials: credentialsForSigning(options),
    signingName: options.signingName,
    region: options.region,
    uriEscapePath: prepared.uriEscapePath,
    applyChecksum: prepared.applyChecksum,
  });
}

/** Builds `protocol//host path ?query`. */
export function buildUrl(protocol: string, host: string, path: string, wireQuery: string): string {
  return `${protocol}//${host}${path}${wireQuery ? `?${wireQuery}` : ''}`;
}

/**
 * Signs a request with SigV4 (Authorization header) using smithy's signer; returns the headers to
 * send and, for display, the canonical request and string to sign with secrets redacted.
 */
export async function signRequest(
  request: WireRequest,
  options: SigningOptions,
): Promise<SignedRequest> {
  const prepared = prepareRequest(request, options);
  const signer = createSigner(prepared, options);
  const signed = await signer.sign(prepared.httpRequest, { signingDate: options.date });
  const headers = Object.entries(signed.headers);
  const { sessionToken } = options.credentials;
  if (sessionToken && !(options.signSessionToken ?? true)) {
    headers.push([TOKEN_HEADER, sessionToken]);
  }
  const authorization = signed.headers['authorization'] ?? '';
  const wireQuery = buildWireQuery(request.query);
  return {
    headers,
    path: prepared.wirePath,
    wireQuery,
    url: buildUrl(request.protocol, prepared.host, prepared.wirePath, wireQuery),
    canonicalRequest: redactCredentials(signer.canonicalRequest, options.credentials),
    stringToSign: redactCredentials(signer.stringToSign, options.credentials),
    signature: matchOrThrow(authorization.slice(-64), /^([0-9a-f]{64})$/),
    signedHeaders: matchOrThrow(authorization, /SignedHeaders=([^,]+),/).split(';'),
  };
}

/** Extracts the first capture group, or fails loudly: a silent empty signature must never be sent. */
export function matchOrThrow(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[1];
  if (found === undefined) throw new Error('The signer produced no usable signature.');
  return found;
}
