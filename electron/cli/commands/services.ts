import { parseArgs } from 'node:util';
import { awsCatalog, frozenNote, searchServices } from '../../../shared/aws/catalog';
import { summarizeService } from '../../services/catalog/handlers';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';

const USAGE = `Usage: connector-studio services [--search TEXT] [--format text|json]

Lists the AWS services of the catalog: id, endpoint prefix, signing name, protocol and name.
  --search TEXT   only services whose name, id, endpoint prefix, signing name or serviceId contain TEXT
  --format FMT    text (default) or json (an array of services; the catalog note goes to stderr)`;

export interface CatalogArgs {
  search?: string;
  format: 'text' | 'json';
  positionals: string[];
}

function formatOption(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new UsageError(`--format must be text or json, not "${value}".`);
}

/** Parses `[POSITIONAL...] [--search TEXT] [--format text|json]` strictly; every failure is a UsageError. */
export function parseCatalogArgs(argv: string[], maxPositionals: number): CatalogArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { search: { type: 'string' }, format: { type: 'string' } },
      strict: true,
      allowPositionals: maxPositionals > 0,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`Unexpected argument "${parsed.positionals[maxPositionals]}".`);
  }
  const { search, format } = parsed.values;
  return { search, format: formatOption(format), positionals: parsed.positionals };
}

/** Left-aligned columns separated by two spaces, the last column unpadded. */
export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

/** Prints the frozen-catalog note where it does not spoil machine-readable output. */
export function writeFrozenNote(io: CliIo, format: 'text' | 'json'): void {
  (format === 'json' ? io.stderr : io.stdout).write(`\n${frozenNote}\n`);
}

export const servicesCommand: CliCommand = {
  name: 'services',
  summary: 'List the AWS services of the catalog',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
    const { search = '', format } = parseCatalogArgs(argv, 0);
    const services = searchServices(awsCatalog, search);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(services.map(summarizeService), null, 2)}\n`);
    } else if (services.length === 0) {
      io.stdout.write(`No service matches "${search}".\n`);
    } else {
      const header = ['ID', 'ENDPOINT PREFIX', 'SIGNING NAME', 'PROTOCOL', 'NAME'];
      const rows = services.map((s) => [
        s.id,
        s.endpointPrefix,
        s.signingName,
        s.protocol,
        s.fullName,
      ]);
      io.stdout.write(`${formatTable([header, ...rows])}\n`);
    }
    writeFrozenNote(io, format);
    return ExitCode.ok;
  },
};
