import http from 'node:http';
import type https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface Seen {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

const closers: Array<() => void> = [];

/** Closes every server `listen` started; call from `afterEach`. */
export function closeServers(): void {
  while (closers.length) closers.pop()?.();
}

/** Listens on a free 127.0.0.1 port and returns it. */
export async function listen(server: http.Server | https.Server | net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    (server as http.Server).closeAllConnections?.();
    server.close();
  });
  return (server.address() as AddressInfo).port;
}

/** A server that records each request and answers with `reply`. */
export async function recordingServer(
  reply: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<{ origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      });
      reply(req, res);
    });
  });
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, seen };
}

/** Answers 200 `hello` with a request id. */
export const okText = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Amzn-RequestId': 'rid-1' });
  res.end('hello');
};

/** A forward proxy that only tunnels (CONNECT), recording each target. */
export async function connectProxy(): Promise<{ port: number; connects: string[] }> {
  const connects: string[] = [];
  const proxy = http.createServer();
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return { port: await listen(proxy), connects };
}
