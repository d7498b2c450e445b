import { createHmac } from 'node:crypto';

/**
 * Recomputes a SigV4 signature from a string to sign with node:crypto's HMAC chain, independently of
 * smithy; tests use it to prove the displayed string to sign is the one that was signed.
 */
export function computeSignature(stringToSign: string, secretAccessKey: string): string {
  const scope = stringToSign.split('\n')[2] ?? '';
  const [shortDate = '', region = '', service = '', terminator = ''] = scope.split('/');
  let key: Buffer = Buffer.from(`AWS4${secretAccessKey}`, 'utf8');
  for (const part of [shortDate, region, service, terminator]) {
    key = createHmac('sha256', key).update(part, 'utf8').digest();
  }
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}
