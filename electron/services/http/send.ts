import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { checkServerIdentity } from 'node:tls';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { Timing } from '../../../shared/ipc/operations/request';
import { Marks } from './timing';
import { checkPath, parseOrigin, wireHeaders, withHost } from './wire';
import { StudioError } from '../../../shared/ipc/errors';
import { BodyWriter } from './body-store';
import type { BodyStore } from './body-store';
import { describeNetworkError } from './network-error';
import { describeProxy, proxyForUrl } from './proxy';
import { RequestGuard, cancelled } from './request-guard';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** One request exactly as it goes on the wire; nothing here is re-encoded or re-ordered. */
export interface SendHttpOptions {
  /** The origin, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:5000`. */
  url: string;
  method: string;
  /** The encoded path, sent byte for byte (`..`, `.` and `%2E%2E` are kept). */
  path: string;
  /** The encoded query string without `?`, or ''. */
  query: string;
  headers: Array<[string, string]>;
  body: Uint8Array;
  /** Limit for the connection and the response head, and for each silence while the body streams. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` are read; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  maxMemoryBytes?: number;
  /** Extra trusted certificate authorities (PEM) for https endpoints, e.g. a local emulator's. */
  ca?: string | Buffer;
}

/** A response as received; redirects are never followed (the status and `Location` header say where). */
export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  timing: Timing;
  body: BodyStore;
}

/** Sends one request with Node's own HTTP stack and keeps the full response body. */
export async function sendHttp(options: SendHttpOptions): Promise<HttpResponse> {
  const origin = parseOrigin(options.url);
  const headers = withHost(wireHeaders(options), origin);
  checkPath(options.path, options.query);
  if (options.signal?.aborted) throw cancelled();
  const proxy = proxyForUrl(origin.href, options.env);
  const requestOptions: http.RequestOptions = {
    host: origin.hostname,
    port: origin.port,
    method: options.method,
    path: options.query ? `${options.path}?${options.query}` : options.path,
    headers: headers.flat(),
    setHost: false,
    // A fresh connection per request keeps the timing honest (DNS, connect and TLS every time).
    agent: proxy ? new HttpsProxyAgent(proxy) : false,
  };
  const tlsOptions = requestOptions as https.RequestOptions;
  if (options.ca) tlsOptions.ca = options.ca;
  // Through a tunnel, https-proxy-agent drops an IP host and would check the certificate against
  // "localhost"; the certificate must match the endpoint's own host.
  if (proxy)
    tlsOptions.checkServerIdentity = (_host, cert) => checkServerIdentity(origin.hostname, cert);
  const transport = origin.protocol === 'https:' ? https : http;
  return exchange({
    transport,
    requestOptions,
    options,
    where: proxy ? `${origin.href} via ${describeProxy(proxy)}` : origin.href,
  });
}

interface Exchange {
  transport: typeof http | typeof https;
  requestOptions: http.RequestOptions;
  options: SendHttpOptions;
  where: string;
}

function exchange({ transport, requestOptions, options, where }: Exchange): Promise<HttpResponse> {
  const marks = new Marks();
  const writer = new BodyWriter(options.maxMemoryBytes);
  const req = startRequest(transport, requestOptions);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const guard = new RequestGuard(req, options.signal, { timeoutMs, where });
  return new Promise<HttpResponse>((resolve, reject) => {
    const failWith = (error: unknown): void => {
      guard.release();
      void writer.abort();
      reject(guard.failure ?? describeNetworkError(error, where));
    };
    req.on('socket', (socket) => marks.watch(socket));
    req.on('error', failWith);
    req.on('response', (res) => {
      guard.headersArrived(res);
      marks.firstByte = performance.now();
      readBody(res, writer).then((body) => {
        guard.release();
        marks.end = performance.now();
        const headers = pairs(res.rawHeaders);
        const status = res.statusCode ?? 0;
        resolve({
          status,
          statusText: res.statusMessage ?? '',
          headers,
          timing: marks.timing(),
          body,
        });
      }, failWith);
    });
    const { body } = options;
    req.end(
      body.byteLength > 0 ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : undefined,
    );
  });
}

function startRequest(
  transport: Exchange['transport'],
  requestOptions: http.RequestOptions,
): http.ClientRequest {
  try {
    return transport.request(requestOptions);
  } catch (error) {
    // Node validates the method and header names and values before anything is sent.
    const reason = error instanceof Error ? error.message : String(error);
    throw new StudioError('invalid-input', `The request cannot be sent: ${reason}`);
  }
}

async function readBody(res: http.IncomingMessage, writer: BodyWriter): Promise<BodyStore> {
  for await (const chunk of res) await writer.write(chunk as Buffer);
  if (!res.complete)
    throw Object.assign(new Error('The connection closed before the whole body arrived.'), {
      code: 'ECONNRESET',
    });
  return writer.finish();
}

function pairs(raw: string[]): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) result.push([raw[i] as string, raw[i + 1] as string]);
  return result;
}
