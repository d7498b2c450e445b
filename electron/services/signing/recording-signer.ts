import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, HeaderBag, HttpRequest } from '@smithy/types';

/** What smithy needs besides the request: who signs, for which service and region, and how. */
export interface RecordingSignerInit {
  credentials: AwsCredentialIdentity;
  signingName: string;
  region: string;
  uriEscapePath: boolean;
  applyChecksum: boolean;
}

/**
 * smithy's SignatureV4, recording the canonical request and string to sign it actually hashed and
 * signed (its own protected steps), so what we display is exactly what was signed. One per call.
 */
export class RecordingSignatureV4 extends SignatureV4 {
  canonicalRequest = '';
  stringToSign = '';

  constructor(init: RecordingSignerInit) {
    super({
      credentials: init.credentials,
      region: init.region,
      service: init.signingName,
      sha256: Sha256,
      uriEscapePath: init.uriEscapePath,
      applyChecksum: init.applyChecksum,
    });
  }

  protected override createCanonicalRequest(
    request: HttpRequest,
    canonicalHeaders: HeaderBag,
    payloadHash: string,
  ): string {
    this.canonicalRequest = super.createCanonicalRequest(request, canonicalHeaders, payloadHash);
    return this.canonicalRequest;
  }

  protected override async createStringToSign(
    longDate: string,
    credentialScope: string,
    canonicalRequest: string,
    algorithmIdentifier: string,
  ): Promise<string> {
    this.stringToSign = await super.createStringToSign(
      longDate,
      credentialScope,
      canonicalRequest,
      algorithmIdentifier,
    );
    return this.stringToSign;
  }
}
