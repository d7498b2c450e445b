import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { sendText } from './security-headers';

/** A kept response body offered as a download in browser mode. */
export interface DownloadBody {
  size: number;
  open(): Readable;
}

/** Finds the kept body of a response by its id, or undefined when it is gone. */
export type DownloadLookup = (
  responseId: string,
) => DownloadBody | undefined | Promise<DownloadBody | undefined>;

/** A file name safe for a Content-Disposition header: no separators, no control characters, bounded. */
export function dispositionFor(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
  const unsafe = /[\\/\0-\x1f\x7f"]/g;
  const cleaned = fileName.replace(unsafe, '_').replace(/^\.+/, '').slice(0, 200) || 'response';
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}

/** Answers `GET /api/download/<responseId>` with the whole kept body as an attachment. */
export async function handleDownload(
  exchange: {
    request: IncomingMessage;
    response: ServerResponse;
    responseId: string;
    fileName?: string | null;
  },
  lookup: DownloadLookup | undefined,
): Promise<void> {
  const { request, response, responseId } = exchange;
  if (request.method !== 'GET') return sendText(response, 405, 'Method not allowed.');
  let id: string;
  try {
    id = decodeURIComponent(responseId);
  } catch {
    return sendText(response, 404, 'Not found.');
  }
  const body = lookup ? await lookup(id) : undefined;
  if (!body) return sendText(response, 404, 'That response is no longer kept.');
  response.statusCode = 200;
  // Always opaque bytes: a downloaded body is never rendered by the browser.
  response.setHeader('Content-Type', 'application/octet-stream');
  response.setHeader('Content-Length', String(body.size));
  response.setHeader('Content-Disposition', dispositionFor(exchange.fileName ?? 'response'));
  response.setHeader('Cache-Control', 'no-store');
  body
    .open()
    .on('error', () => response.destroy())
    .pipe(response);
}
