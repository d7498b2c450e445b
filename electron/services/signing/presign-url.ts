import type { QueryParameterBag } from '@smithy/types';
import { prepareRequest } from './prepare';
import { redactCredentials } from './redact';
import { buildUrl, createSigner, matchOrThrow } from './sign-request';
import type { PresignedRequest, PresignOptions, WireRequest } from './types';
import { buildWireQuery, encodeStrict } from './uri-encoding';

const MAX_EXPIRES_IN = 7 * 24 * 60 * 60;
const SIGNATURE_PARAM = 'X-Amz-Signature';
const TOKEN_PARAM = 'X-Amz-Security-Token';

/**
 * Presigns a request (SigV4 query parameters) with smithy's signer: x-amz-* headers move to the
 * query, the session token goes in the query, S3 signs `UNSIGNED-PAYLOAD` as the v3 SDK does.
 */
export async function presignRequest(
  request: WireRequest,
  options: PresignOptions,
): Promise<PresignedRequest> {
  if (!Number.isInteger(options.expiresIn) || options.expiresIn < 1) {
    throw new Error('expiresIn must be a whole number of seconds, at least 1.');
  }
  if (options.expiresIn > MAX_EXPIRES_IN) {
    throw new Error(`A presigned URL expires within ${MAX_EXPIRES_IN} seconds (7 days).`);
  }
  const prepared = prepareRequest(request, options);
  if (prepared.isS3) setUnsignedPayload(prepared.httpRequest.headers);
  const signer = createSigner(prepared, options);
  const presigned = await signer.presign(prepared.httpRequest, {
    signingDate: options.date,
    expiresIn: options.expiresIn,
  });
  const query = presigned.query ?? {};
  const signature = String(query[SIGNATURE_PARAM] ?? '');
  let wireQuery = joinQuery(buildWireQuery(request.query), addedParams(request, query));
  const { sessionToken } = options.credentials;
  if (sessionToken && !(options.signSessionToken ?? true)) {
    wireQuery = joinQuery(wireQuery, `${TOKEN_PARAM}=${encodeStrict(sessionToken)}`);
  }
  return {
    url: buildUrl(request.protocol, prepared.host, prepared.wirePath, wireQuery),
    path: prepared.wirePath,
    wireQuery,
    headers: Object.entries(presigned.headers),
    canonicalRequest: redactCredentials(signer.canonicalRequest, options.credentials),
    stringToSign: redactCredentials(signer.stringToSign, options.credentials),
    signature: matchOrThrow(signature, /^([0-9a-f]{64})$/),
    signedHeaders: String(query['X-Amz-SignedHeaders'] ?? '').split(';'),
  };
}

/** Presigns a request and returns only the URL to hand out. */
export async function presignUrl(request: WireRequest, options: PresignOptions): Promise<string> {
  return (await presignRequest(request, options)).url;
}

// The signer's own parameters (and hoisted x-amz-* headers), after the user's, signature last.
function addedParams(request: WireRequest, query: QueryParameterBag): string {
  const userKeys = new Set(request.query.map(([key]) => key));
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(query)) {
    if (userKeys.has(key) || key === SIGNATURE_PARAM || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([key, item]);
  }
  pairs.push([SIGNATURE_PARAM, String(query[SIGNATURE_PARAM] ?? '')]);
  return buildWireQuery(pairs);
}

// S3 presigned URLs never sign the body (the v3 SDK's choice: the marker travels as a query parameter).
function setUnsignedPayload(headers: Record<string, string>): void {
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'x-amz-content-sha256') delete headers[name];
  }
  headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
}

function joinQuery(first: string, second: string): string {
  return first && second ? `${first}&${second}` : first || second;
}
