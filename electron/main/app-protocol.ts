import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web-host/security-headers';
import { resolveStaticFile } from '../web-host/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
/** The URL the window loads: the UI is never loaded from a remote address or file://. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Whether a URL belongs to the UI's own `app://studio` origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Declares `app://` a standard, secure scheme; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function notFound(): Response {
  return new Response('Not found.', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
  });
}

/** Answers one `app://` request from the built UI folder, with the CSP and the other security headers. */
export async function answerAppRequest(staticDir: string, url: string): Promise<Response> {
  if (!isAppUrl(url)) return notFound();
  const file = await resolveStaticFile(staticDir, new URL(url).pathname);
  if (!file) return notFound();
  const body = await readFile(file.filePath);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}

/** Serves the built UI folder on `app://studio/`. */
export function serveAppProtocol(staticDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(staticDir, request.url));
}
