import { StudioError } from '../../../shared/ipc/errors';

const EXPLANATIONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (nothing is listening there)',
  ECONNRESET: 'the connection was reset by the other side',
  ENOTFOUND: 'the host name could not be resolved (DNS)',
  EAI_AGAIN: 'the host name could not be resolved right now (DNS is not answering)',
  ETIMEDOUT: 'the connection attempt timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the connection closed while the request was being sent',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server presented a self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN:
    'the TLS certificate chain contains a self-signed certificate (a corporate proxy?)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate could not be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate issuer is not trusted on this machine',
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host name',
};

/** Turns a socket or TLS failure into a `network` error a person can act on. */
export function describeNetworkError(error: unknown, where: string): StudioError {
  if (error instanceof StudioError) return error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : undefined;
  const explanation = code ? EXPLANATIONS[code] : undefined;
  const raw = error instanceof Error ? error.message : String(error);
  const message = explanation
    ? `Could not reach ${where}: ${explanation} (${code}).`
    : `Could not reach ${where}: ${raw}${code && !raw.includes(code) ? ` (${code})` : ''}.`;
  return new StudioError('network', message, code ? { errno: code } : undefined);
}
