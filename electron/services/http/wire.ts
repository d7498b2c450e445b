import { StudioError } from '../../../shared/ipc/errors';
import type { SendHttpOptions } from './send';

/** The parts of an origin a socket needs. */
export interface Origin {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: number;
  href: string;
}

/** Checks that `url` is an origin (scheme, host, port) and splits it. */
export function parseOrigin(url: string): Origin {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StudioError('invalid-input', `"${url}" is not a URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new StudioError(
      'invalid-input',
      `Only http and https endpoints are supported, not ${parsed.protocol}`,
    );
  }
  if ((parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search || parsed.username) {
    throw new StudioError(
      'invalid-input',
      `sendHttp takes an origin (scheme, host, port); "${url}" has more.`,
    );
  }
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  return {
    protocol: parsed.protocol,
    hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
    port,
    href: parsed.origin,
  };
}

/** The headers as sent: refuses chunked transfer and a wrong Content-Length, adds Content-Length when needed. */
export function wireHeaders(
  options: Pick<SendHttpOptions, 'headers' | 'body' | 'method'>,
): Array<[string, string]> {
  const names = options.headers.map(([name]) => name.toLowerCase());
  if (names.includes('transfer-encoding')) {
    throw new StudioError(
      'invalid-input',
      'Chunked transfer encoding is not sent: a signed body goes with a Content-Length.',
    );
  }
  const index = names.indexOf('content-length');
  const length = String(options.body.byteLength);
  if (index >= 0) {
    if (options.headers[index]?.[1].trim() !== length) {
      throw new StudioError(
        'invalid-input',
        `The Content-Length header says ${options.headers[index]?.[1]} but the body has ${length} bytes.`,
      );
    }
    return options.headers;
  }
  const needsLength =
    options.body.byteLength > 0 ||
    !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE'].includes(options.method);
  return needsLength ? [...options.headers, ['Content-Length', length]] : options.headers;
}

// Node does not add Host when headers are given as a list, so the default host goes in here.
export function withHost(
  headers: Array<[string, string]>,
  origin: Origin,
): Array<[string, string]> {
  if (headers.some(([name]) => name.toLowerCase() === 'host')) return headers;
  const defaultPort = origin.protocol === 'https:' ? 443 : 80;
  const host = origin.hostname.includes(':') ? `[${origin.hostname}]` : origin.hostname;
  return [['Host', origin.port === defaultPort ? host : `${host}:${origin.port}`], ...headers];
}

/** Refuses a path or query that cannot go in the request line byte for byte. */
export function checkPath(path: string, query: string): void {
  if (!path.startsWith('/'))
    throw new StudioError('invalid-input', `The request path must start with "/": ${path}`);
  // Only printable ASCII may go in the request line; the caller percent-encodes everything else.
  if (
    /[^\x21-\x7e]/.test(path + query) ||
    query.includes('#') ||
    path.includes('?') ||
    path.includes('#')
  ) {
    throw new StudioError(
      'invalid-input',
      'The request path and query must be percent-encoded printable ASCII (no spaces, "?" or "#" in the path).',
    );
  }
}
