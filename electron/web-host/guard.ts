import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request was refused, as an HTTP status and a short reason. */
export interface Refusal {
  status: 401 | 403;
  reason: string;
}

/** The name of the cookie that carries the token; per port, since cookies ignore ports. */
export function tokenCookieName(port: number): string {
  return `cs_token_${port}`;
}

/** Compares two strings in constant time (hashing first, so lengths leak nothing either). */
export function safeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right);
}

/** The two Host values a request may carry: anything else may be a DNS-rebinding attack. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Refuses a foreign Host (DNS rebinding) or a foreign Origin (cross-site requests). */
export function checkHostAndOrigin(request: IncomingMessage, port: number): Refusal | undefined {
  const host = request.headers.host;
  if (!host || !allowedHosts(port).includes(host))
    return { status: 403, reason: 'Host not allowed.' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`)
    return { status: 403, reason: 'Origin not allowed.' };
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { status: 403, reason: 'Cross-site request refused.' };
  }
  return undefined;
}

/** Reads one cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** Whether the request carries the launch token, in the cookie or as a Bearer header. */
export function hasToken(
  request: IncomingMessage,
  options: { token: string; port: number },
): boolean {
  const fromCookie = readCookie(request.headers.cookie, tokenCookieName(options.port));
  if (fromCookie !== undefined && safeEqual(fromCookie, options.token)) return true;
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer '))
    return safeEqual(authorization.slice('Bearer '.length).trim(), options.token);
  return false;
}
