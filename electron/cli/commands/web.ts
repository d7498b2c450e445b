import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { findShapesDir } from '../../services/catalog/shape-store';
import { createHostServices } from '../../services/create-handlers';
import { MemoryKeyStore } from '../../services/credentials';
import { downloadsFrom } from '../../web-host/registry-downloads';
import { startWebHost } from '../../web-host/web-host';

const USAGE = `Usage: connector-studio web [--port N] [--no-open]

Serves the Connector Studio UI and its operations on 127.0.0.1 only and prints a login link
that works once, within five minutes (press Enter for a new one). The browser it opens gets
its own one-time link; the session token never appears in a URL or on a command line.
Static keys entered in this mode are kept in memory until it stops.

Options:
  --port N     listen on port N (default: a free port)
  --no-open    do not open the default browser`;

export interface WebOptions {
  port: number;
  open: boolean;
}

/** Parses `web`'s options. */
export function parseWebArgs(argv: string[]): WebOptions {
  const options: WebOptions = { port: 0, open: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--no-open') options.open = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[(i += 1)] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port needs a port number (0-65535), not "${value ?? ''}".`);
      options.port = port;
    } else throw new UsageError(`Unknown option "${arg}".`);
  }
  return options;
}

/** Finds the built UI (dist/renderer) above this module, in the source tree or beside the bundle. */
export function findUiDir(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Finds the built structure worker (dist/structure-worker.mjs) above this module, as findUiDir does the UI. */
export function findStructureWorker(
  from = dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'structure-worker.mjs');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

// Each Enter in the terminal prints a fresh link: links are single-use and expire.
function offerNewLinks(io: CliIo, newLink: () => string): () => void {
  if (!io.isTty) return () => {};
  const onLine = () =>
    io.stdout.write(`New login link (works once, for five minutes):\n\n  ${newLink()}\n\n`);
  io.stdin.on('data', onLine);
  return () => {
    io.stdin.removeListener('data', onLine);
    io.stdin.pause();
  };
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Runs the browser host until `stopped` settles; split from the command so tests can stop it. */
export async function runWeb(
  options: WebOptions & { uiDir: string; structureWorker?: string },
  io: CliIo,
  stopped: Promise<void>,
): Promise<ExitCodeValue> {
  const shapesDir = findShapesDir();
  const services = createHostServices({
    ...(shapesDir ? { shapesDir } : {}),
    mode: 'browser',
    keyStore: new MemoryKeyStore(),
    env: io.env,
    version: io.env.npm_package_version,
    ...(options.structureWorker ? { structureWorker: { path: options.structureWorker } } : {}),
  });
  const log = (line: string) => io.stderr.write(`${line}\n`);
  let host;
  try {
    host = await startWebHost({
      port: options.port,
      handlers: services.handlers,
      staticDir: options.uiDir,
      open: options.open,
      log,
      downloads: downloadsFrom(services.responses),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(
      code === 'EADDRINUSE'
        ? `Port ${options.port} is in use; pick another with --port, or 0 for any.\n`
        : `The browser host could not start (${code ?? 'error'}).\n`,
    );
    await services.engine.dispose();
    return ExitCode.usage;
  }
  io.stdout.write(
    `Connector Studio (browser mode) is running at:\n\n  ${host.url}\n\n` +
      'The link works once, within five minutes; the page then keeps the session in a cookie for this run.\n' +
      (io.isTty ? 'Press Enter for a new link. ' : '') +
      'Static keys you enter are kept in memory only and forgotten when this stops.\n' +
      'Press Ctrl+C to stop.\n',
  );
  const stopOffering = offerNewLinks(io, () => host.newLink());
  await stopped;
  stopOffering();
  await host.close();
  await services.engine.dispose();
  return ExitCode.ok;
}

/** `connector-studio web`: the app in the default browser, served from 127.0.0.1. */
export const webCommand: CliCommand = {
  name: 'web',
  summary: 'Serve the app to your browser on 127.0.0.1 (keys in memory)',
  usage: USAGE,
  async run(argv, io) {
    const options = parseWebArgs(argv);
    const uiDir = findUiDir();
    if (!uiDir) {
      io.stderr.write(
        'The UI is not built (no dist/renderer/index.html): run `npm run build` first.\n',
      );
      return ExitCode.usage;
    }
    const structureWorker = findStructureWorker();
    return runWeb(
      { ...options, uiDir, ...(structureWorker ? { structureWorker } : {}) },
      io,
      untilSignal(),
    );
  },
};
