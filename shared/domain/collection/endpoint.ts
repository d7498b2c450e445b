import { awsSigningTarget } from './formats/url';

/** Where a request goes once its endpoint template is filled: the origin, a base path, and the AWS target the host names. */
export interface ResolvedEndpoint {
  origin: string;
  /** The decoded path the endpoint carries (`/prod` of `https://x/prod`), without a trailing slash. */
  basePath: string;
  host: string;
  /** Service and region read from an AWS host, for signing when the auth names none. */
  aws?: { service: string; region?: string };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Reads a filled endpoint (`https://abc.execute-api.eu-west-1.amazonaws.com/prod/`, `localhost:9200`):
 * a value without a scheme gets `https://` for AWS hosts and `http://` otherwise, as curl does.
 * Undefined when the text is not a URL.
 */
export function resolveEndpointText(text: string): ResolvedEndpoint | undefined {
  // Parsed by hand: `shared/` runs where no URL class is typed.
  const match = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#\s]+)([^?#\s]*)[^\s]*$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const host = (match[2] as string).toLowerCase();
  const aws = awsSigningTarget(host);
  const scheme = (match[1] ?? (aws ? 'https' : 'http')).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  if (!/^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/.test(host)) return undefined;
  const defaultPort = scheme === 'https' ? ':443' : ':80';
  const origin = `${scheme}://${host.endsWith(defaultPort) ? host.slice(0, -defaultPort.length) : host}`;
  const basePath = (match[3] ?? '').split('/').map(decode).join('/').replace(/\/+$/, '');
  return { origin, basePath, host, ...(aws ? { aws } : {}) };
}

/** A path under a base path, with exactly one `/` between them. */
export function joinBasePath(basePath: string, path: string): string {
  if (!basePath) return path;
  return `${basePath}/${path.replace(/^\/+/, '')}`.replace(/\/$/, path === '/' ? '/' : '');
}
