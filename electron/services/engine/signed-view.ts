import type { SignedRequestView } from '../../../shared/ipc/operations/request';
import { redactCredentials } from '../signing';
import type { SignedRequest, SigningCredentials } from '../signing';
import type { PreparedRequest } from './prepare-request';

/** The body as UTF-8 text when it is valid UTF-8, else base64. */
export function displayBody(bytes: Uint8Array): Pick<SignedRequestView, 'body' | 'bodyEncoding'> {
  try {
    return { body: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bodyEncoding: 'utf8' };
  } catch {
    return {
      body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      bodyEncoding: 'base64',
    };
  }
}

/**
 * What the user sees of a signed request: the wire form and the signer's working. The session token
 * and secret key are replaced by placeholders wherever they would appear.
 */
export function toSignedView(
  prepared: PreparedRequest,
  signed: SignedRequest,
  credentials: SigningCredentials,
): SignedRequestView {
  const redact = (text: string): string => redactCredentials(text, credentials);
  const body = displayBody(prepared.wire.body);
  return {
    method: prepared.wire.method,
    url: redact(signed.url),
    headers: signed.headers.map(([name, value]) => [name, redact(value)]),
    body: body.bodyEncoding === 'utf8' ? redact(body.body) : body.body,
    bodyEncoding: body.bodyEncoding,
    canonicalRequest: signed.canonicalRequest,
    stringToSign: signed.stringToSign,
    signedHeaders: signed.signedHeaders,
    signingName: prepared.endpoint.signingName,
    region: prepared.endpoint.signingRegion,
  };
}
