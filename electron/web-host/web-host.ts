import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/ipc/dispatch';
import { handleApiCall } from './api-route';
import { handleDownload } from './download-route';
import type { DownloadLookup } from './download-route';
import { checkHostAndOrigin, hasToken, tokenCookieName } from './guard';
import { OneTimeCodes, OPENER_CODE_TTL_MS, PRINTED_CODE_TTL_MS } from './one-time-codes';
import { openBrowser } from './open-browser';
import { applySecurityHeaders, sendJson, sendText } from './security-headers';
import { resolveStaticFile } from './static-files';

export interface WebHostOptions {
  /** 0 or absent: the OS picks a free port. */
  port?: number;
  handlers: Handlers<unknown>;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  open?: boolean;
  /** Opens the browser on a login link (the system opener by default). */
  opener?: (url: string) => void;
  /** The login codes (injected by tests to control time). */
  codes?: OneTimeCodes;
  log: (message: string) => void;
  /** Finds a kept response body for `GET /api/download/<responseId>?name=<file name>`. */
  downloads?: DownloadLookup;
}

export interface WebHost {
  /** A login link to print: it carries a one-time code (never the session token) that the first load exchanges for the session cookie. */
  url: string;
  /** Another single-use login link, valid for `ttlMs` (five minutes by default). */
  newLink(ttlMs?: number): string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

const NO_TOKEN_PAGE =
  'Connector Studio: this page needs the link printed by `connector-studio web`. Each link works once and for a few minutes; press Enter in that terminal for a new one.';

interface Route {
  request: IncomingMessage;
  response: ServerResponse;
  token: string;
  port: number;
  codes: OneTimeCodes;
}

async function serveStatic(route: Route, staticDir: string, pathname: string): Promise<void> {
  const { request, response } = route;
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendText(response, 405, 'Method not allowed.');
  if (!hasToken(request, route)) return sendText(response, 401, NO_TOKEN_PAGE);
  const file = await resolveStaticFile(staticDir, pathname);
  if (!file) return sendText(response, 404, 'Not found.');
  response.statusCode = 200;
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader('Cache-Control', 'no-cache');
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file.filePath)
    .on('error', () => response.destroy())
    .pipe(response);
}

// The code is exchanged once for the session cookie; the token itself never appears in a URL.
function acceptCode(route: Route, offered: string): void {
  const { request, response, token, port } = route;
  const redeemed = route.codes.redeem(offered);
  // An old link opened again in a browser that already has the session is harmless.
  if (!redeemed && !hasToken(request, route)) return sendText(response, 401, NO_TOKEN_PAGE);
  if (redeemed)
    response.setHeader(
      'Set-Cookie',
      `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  // The code leaves the address bar (and history) at once.
  response.statusCode = 303;
  response.setHeader('Location', '/');
  response.setHeader('Cache-Control', 'no-store');
  response.end();
}

async function route(exchange: Route, options: WebHostOptions): Promise<void> {
  const { request, response } = exchange;
  applySecurityHeaders(response);
  const refusal = checkHostAndOrigin(request, exchange.port);
  if (refusal) return sendText(response, refusal.status, refusal.reason);
  const rawUrl = request.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
  const offered = query.get('code');
  if (pathname === '/' && offered !== null && request.method === 'GET')
    return acceptCode(exchange, offered);
  if (!pathname.startsWith('/api/')) return serveStatic(exchange, options.staticDir, pathname);
  if (!hasToken(request, exchange)) {
    return sendJson(response, 401, {
      ok: false,
      error: { code: 'credentials', message: 'Missing or wrong host token.' },
    });
  }
  if (pathname.startsWith('/api/download/')) {
    const responseId = pathname.slice('/api/download/'.length);
    return handleDownload(
      { request, response, responseId, fileName: query.get('name') },
      options.downloads,
    );
  }
  const operation = safeDecode(pathname.slice('/api/'.length));
  return handleApiCall({ request, response, operation }, options.handlers, options.log);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves the built UI and the contract at `POST /api/<operation>` on 127.0.0.1 only, behind a per-launch token that login links exchange one-time codes for. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const codes = options.codes ?? new OneTimeCodes();
  let port = 0;
  const server = createServer((request, response) => {
    route({ request, response, token, port, codes }, options).catch((error: unknown) => {
      options.log(`request failed: ${error instanceof Error ? error.name : typeof error}`);
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  port = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${port}`;
  const newLink = (ttlMs = PRINTED_CODE_TTL_MS) => `${origin}/?code=${codes.issue(ttlMs)}`;
  // The opener gets its own short-lived code: its command line is visible to every local user.
  if (options.open)
    (options.opener ?? ((url) => openBrowser(url, { log: options.log })))(
      newLink(OPENER_CODE_TTL_MS),
    );
  return {
    url: newLink(),
    newLink,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
