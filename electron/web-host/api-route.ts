import type { IncomingMessage, ServerResponse } from 'node:http';
import { isOperationName } from '../../shared/ipc/contract';
import { invokeOperation } from '../../shared/ipc/dispatch';
import type { Handlers } from '../../shared/ipc/dispatch';
import { sendJson } from './security-headers';

/** The largest JSON body an operation call may have (request bodies for uploads included). */
export const MAX_API_BODY_BYTES = 32 * 1024 * 1024;

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJsonContentType(value: string | undefined): boolean {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function fail(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { ok: false, error: { code, message } });
}

/** Answers `POST /api/<operation>`: a JSON body in, the operation's Result out. */
export async function handleApiCall(
  exchange: { request: IncomingMessage; response: ServerResponse; operation: string },
  handlers: Handlers<unknown>,
  log: (message: string) => void,
): Promise<void> {
  const { request, response, operation } = exchange;
  if (!isOperationName(operation))
    return fail(response, 404, 'not-found', `Unknown operation "${operation}".`);
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return fail(response, 405, 'invalid-input', 'Operations are called with POST.');
  }
  // Requiring JSON also forces a CORS preflight on any cross-site attempt, which this host never grants.
  if (!isJsonContentType(request.headers['content-type'])) {
    return fail(response, 415, 'invalid-input', 'Send the input as application/json.');
  }
  let input: unknown;
  try {
    const text = await readBody(request, MAX_API_BODY_BYTES);
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      // The rest of the body is never read, so this connection cannot carry another request.
      response.setHeader('Connection', 'close');
      return fail(response, 413, 'invalid-input', 'The input is too large.');
    }
    return fail(response, 400, 'invalid-input', 'The input is not valid JSON.');
  }
  const result = await invokeOperation(
    handlers,
    { name: operation, input, context: undefined },
    (name, error) => {
      // Only the kind of failure and where it came from: an error's message may quote a secret.
      const where = error instanceof Error ? (error.stack?.split('\n')[1]?.trim() ?? '') : '';
      log(
        `operation ${name} failed unexpectedly: ${error instanceof Error ? error.name : typeof error} ${where}`,
      );
    },
  );
  sendJson(response, 200, result);
}
